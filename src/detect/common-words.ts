// Common English words (lower case) that are also company names or ticker symbols: never an alias alone.
//
// Hand-made rather than a full dictionary: the engine needs the words that a reader meets in running text
// and that the SEC directory uses as a company's whole name (Target, Block, Post, Gap, On, News …).

import { PROPER_COLLISIONS, WORD_COLLISIONS } from './word-collisions';

const WORDS = `
a able about above access act action active activity ad add address advance advanced affirm after again
against age agency agent ago air alliance all allied alpha also alternative always am america american
among amount an analysis ancient and angel animal annual another answer any apart apex apple applied apply
approach april arch archer area arm army around arrow art as ascent ask asset assets associated at atlas
attention august auto autumn avenue average award away axis baby back bad balance ball band bank banner bar
base basic bay be beach beacon bear beat beauty because bed been before begin behind being believe bell
below best better between beyond big bill billion bird black blade blank block blood bloom blue board boat
body bond book boot border born boss both bottom box boy brain branch brand brave bread break bridge bright
bring broad brother brown build builder building built bull bureau burn business busy but buy by call camp
can capital car card care career carry case cash cast cat catch cause cell center central century certain
chain chair challenge champion chance change channel charge charter chart chase check chemical chief child
choice church circle citizen citizens city civil claim class classic clean clear clever click climate clock
close cloud club coast code cold collect college color column come comfort command common community company
compass complete concept condition connect consider constant construction consumer contact content continue
control cook cool copper core corner correct cost could count country county course court cover craft create
credit crest cross crown crystal cultural culture cup current custom customer cut cycle daily dance dark data
date daughter dave day dead deal dear death december decide deep deer defense degree deliver delta demand
depot design desk detail develop device diamond did die different digital direct direction discover discovery
distance do doctor does dog dollar domain door double down dragon draw dream dress drink drive drop dry due
during each eagle early earth east eastern easy eat echo edge education effect eight either electric element
elevate else empire empty end energy engine enjoy enough enter entertainment entire environment equal equity
escape essential even evening event ever every evolution exact example excel exchange exist expect experience
express extra eye face fact factor fair faith fall family famous far farm farmer fast father fear feature
february federal feel fellow few field fifth fig figure file fill film final finance financial find fine
fire firm first fish five fix flag flat fleet flex flight floor flow flower fly focus fold follow food foot
for force foreign forest form former forward found foundation four fox frame free freedom fresh friday friend
from front fruit fuel full fun fund future gain game gap garden gas gate gather general generation gentle
get giant gift girl give glass global go goal god gold golden good govern government grab grade grand grant
graph grass great green grey ground group grow growth guard guess guide gulf gun hair half hall hand happy
harbor hard harmony harvest has hat have he head health healthy hear heart heat heavy help her here heritage
hero high highway hill him his history hit hold holding home hope horizon horse hospital host hot hotel hour
house how however huge human hundred hunt hunter i ice idea if image impact important in income increase
independence independent index indicate industrial industry information inside insight instant institute
insurance intelligence interest interior international into invest investment investor iron is island issue it
item its january job join joint journal journey joy judge july jump june just keep key kid kind king kitchen
know knowledge lab labor lake land landmark language large last late later launch law lay lead leader leaf
league learn least leave left legacy legal legend less let letter level liberty life light like limit line
link lion liquid list listen little live living load local lock lodge logic long look lord lose loss lot love
low lucky machine made magic magnolia main major make making man manage management many map march marine mark
market marketing mass master match material matter may maybe me mean measure media medical meet member memory
mention merit message metal method middle might mile military milk million mind mine minute miracle mirror
miss mission mobile model modern moment monday money monitor month moon more morning most mother motion
motor mountain mouse move movement much music must my name nation national native natural nature near need
network never new news next nice night nine no noble none normal north northern not note nothing notice
november now number object occur ocean october of off offer office official often oil old on once one only
open opera operation opportunity option or orange order organic origin other our out outdoor outside over own
owner pace pacific page pain paint palm pan paper parent park part partner party pass past patient pattern
pay peace peak pearl people per perfect perform perhaps period person personal phase phone photo physical pick
picture piece pilot pine pink pioneer place plain plan planet plant play player please plus pocket point
police policy pool poor popular population port position positive possible post pound power practice premier
present president press pressure pretty price pride primary prime principal print private prize probably
problem process produce product production professional profit program progress project promise proof property
prospect protect prove provide public pull pulse pure purpose push put quality quarter queen question quick
quiet quite race radio rain raise range rapid rate rather reach read ready real reason receive record red
reflect region regional relate release reliance remain remember report represent republic require research
reserve resource resources respond rest result return reveal rich ride right ring rise risk river road rock
role roll room root rose round route royal rule run rush safe safety sail sale salt same sample sand saturday
save say scale scene school science score sea search season seat second secret section security see seed seek
seem select sell send sense senior sentinel september serve service set settle seven several shake shape
share sharp she shell shield shift ship shoe shop short shot should show side sign signal silver simple since
sing single sister site six size skill sky slam sleep slow small smart smile snap snow so social society soft
software solar soldier solid solution some son song soon sound source south southern space speak special speed
spend spirit sport spot spring square staff stage stand standard star start state station stay steel step
still stock stone stop store storm story straight strategy stream street strength stride strike strong
structure student study style subject success such summer summit sun sunday sunrise super supply support sure
surface survey swift system table tail take talent talk target task tax taylor teach team technology tell ten
term test than thank that the their them then theory there these they thing think third this those though
thought thousand three through thursday tide tiger time tip title to today together tomorrow tone too tool top
total touch tower town track trade tradition traffic trail train transfer travel treasure treat tree trend
trial tribe trip triumph true trust truth try tuesday turn twin two type under union unique unit united
unity universal university until up upon urban us use usual valley value van vanguard various vector venture
very via victory view village virtual visa vision visit vista voice volume vote wage wait walk wall want war
warm warrior wash watch water wave way we wealth wear weather wednesday week weight well west western what
wheel when where whether which while white who whole why wide wild will win wind window wing winter wire wise
wish with within without woman wonder wood word work worker world worth would write year yes yet you young
your youth zero zone zoom
hello paid innovate innovation emerging founder founders exponent commerce genius rocket mint noodles employers
employer telecom crypto cyber dow editor editors premium prospects journey ventures insight insights nova
`;

/** Common English words, lower case. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Place names and index names that read as something else when they stand alone. */
const PLACES = `israel china japan india canada mexico brazil korea germany france britain america europe asia
africa australia texas california florida york london paris tokyo beijing shanghai singapore dubai ireland italy
spain chile peru argentina colombia russia dow nikkei`;

/** Dictionary words (common or not) and places: a derived alias is never one of these alone. */
export const DICTIONARY_WORDS: ReadonlySet<string> = new Set(
  [...COMMON_WORDS, ...WORD_COLLISIONS.split(/\s+/), ...PLACES.split(/\s+/)].filter(Boolean),
);

/** True when every word of the phrase is a common English word. */
export function isCommonPhrase(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => COMMON_WORDS.has(w.replace(/['’]s$/, '')));
}

/** People's names, places and nationalities: a company's first word alone is not an alias when it is one. */
export const PROPER_NOUNS: ReadonlySet<string> = new Set(PROPER_COLLISIONS.split(/\s+/).filter(Boolean));
