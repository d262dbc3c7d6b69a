// `npm run demo`: Chromium with the built extension on the seed article. Headed where there is a display;
// elsewhere headless, with a screenshot of the card and a summary of what Backstory found.
import { cardText, launch, marksOn, waitForBundledPacks } from '../test/e2e/browser';
import { serve } from '../test/e2e/serve';

const headed = !!process.env.DISPLAY && !process.env.CI;
const server = await serve();
const browser = await launch({ headless: !headed });
try {
  await waitForBundledPacks(browser);
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  let marks = await marksOn(page);
  for (let i = 0; i < 40 && !marks.length; i++) {
    await page.waitForTimeout(250);
    marks = await marksOn(page);
  }
  console.log(`Backstory marked ${marks.length} mentions on the seed article:`);
  const counts = new Map<string, number>();
  for (const mark of marks) counts.set(mark.text, (counts.get(mark.text) ?? 0) + 1);
  for (const [text, count] of counts) console.log(`  ${count}× ${text}`);
  const ticker = marks.find((m) => /BABA/.test(m.text)) ?? marks[0];
  if (ticker) {
    await page.mouse.move(ticker.x, ticker.y);
    await page.waitForTimeout(1200);
    console.log(`\nHovering "${ticker.text}" shows the card:\n  ${await cardText(page)}`);
    await page.screenshot({ path: 'demo-card.png' });
    console.log('\nScreenshot: demo-card.png');
  }
  if (headed) {
    console.log('\nThe browser stays open; close it or press Ctrl-C to end the demo.');
    await new Promise((done) => browser.context.on('close', done));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
