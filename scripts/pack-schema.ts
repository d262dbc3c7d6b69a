// The text of public/pack.schema.json: the generated schema, formatted as the repo's Prettier would.
import { format, resolveConfig } from 'prettier';
import { packJsonSchemaText } from '../src/packs/schema';

export async function formattedSchema(): Promise<string> {
  const config = (await resolveConfig('public/pack.schema.json')) ?? {};
  return format(packJsonSchemaText(), { ...config, parser: 'json' });
}
