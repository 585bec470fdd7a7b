/**
 * Words that say nothing about which entry a patient wants. Question words that do ("how long",
 * "when", "worse") are kept on purpose: they separate natural history from definitions.
 */
export const STOP_WORDS = new Set(`
a about above after again all also am an and any anyone anything are as at be been being before both
but by can could did do does doing done each even ever for from further get gets getting got had has
have having he her here hers herself him himself his i id if im in into is it its itself ive just
let lets like me mine more most much my myself of off on once only or other our ours ourselves
out own really same she should so some someone something such tell than that thats the their theirs
them themselves then there these they this those thus to too u very was we were what whats which
while who whom will with would you your youre yours yourself yourselves
actually basically bit currently dear hello hey hi kinda lot lots maybe meant okay ok
please pls plz quite sort still sure thank thanks think thought wondering wonder wanted want wants
said says say told tells asked guess heard apparently exactly simple simply words till until
plain english layman laymans
im ive id ill dont doesnt didnt cant cannot wont isnt arent wasnt havent hasnt hadnt one two
`.trim().split(/\s+/));
