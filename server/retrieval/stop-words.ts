/**
 * Words that say nothing about which entry a patient wants. Question words that do ("how long",
 * "when", "worse") are kept on purpose: they separate natural history from definitions.
 * The sounds of speech and chat ("um what is sciatica", "lol ok so what even is a disc") and the
 * courtesies of a letter ("I was hoping you could tell me", "I'd appreciate some information on",
 * "kind regards") are here too, and so are the ways of asking for an explanation ("ELI5", "myth or
 * fact", "decode pls", a report's "Impression:" quoted): no entry uses them, so they weighed as
 * unknown words and turned a question the knowledge base answers into "I don't know". Courtesies of several words whose
 * words mean something alone ("good afternoon", "quick one") are in the lexicon. Swearing and its
 * shorthand are here too ("will this fucking sciatica ever go away", "claustrophobic af", "wtf does
 * that mean"): a patient in pain swears, and the word weighed more than the sciatica it came with.
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
please pls plz quite sort still sure thank thanks think thought wondering wonder wondered wanted want wants
said says say saying told tells telling asked guess heard apparently exactly simple simply words till until
plain english layman laymans word total altogether roughly approximately realistically mainly mostly chiefly primarily
im ive id ill dont doesnt didnt cant cannot wont isnt arent wasnt havent hasnt hadnt one two never
hes shes theres heres whos wheres hows weve theyre theyve youve youd theyd
um umm ummm uhm erm errm uh uhh hmm hmmm hm ah ahh oh ohh ooh lol lmao haha hahaha hehe hiya heya eh
idk idc tbh tbf ngl imo imho rn tho fr lmk smh fyi
q appreciate appreciated hoping bother bothering regards sincerely faithfully cheers info information
eli5 decode decipher myth myths fact facts true false homework impression wrote writes
fuck fucks fucked fucking fuckin fking fkn effing frigging friggin freaking freakin feckin shit shite shitty bullshit
crap crappy bloody damn dammit damned goddamn bugger buggered sodding arse ass piss pissing af wtf ffs omg jeez
`.trim().split(/\s+/));

/**
 * Words that carry a patient's story, not the question's subject: who is around them, how they
 * feel, when it happened, what someone or a leaflet said, the culture or faith they speak from ("in my culture
 * we don't do operations") or the country they live in or travel to ("doctor in my country say the
 * disc is come out of place", "i live in ireland", "if i fly to spain after my discectomy"). The
 * knowledge base seldom uses them, so weighed as
 * unknown words they outweighed the disc word of the question ("the jelly stuff leaking out of my
 * disc", "my son asked and I couldn't answer him") and sent it to "I don't know". Unlike stop
 * words they are kept, at a small weight, so an entry that does use one still gains a little.
 */
export const STORY_WORDS = new Set(`
kid kids child children son sons daughter daughters husband hubby wife partner boyfriend girlfriend
boss manager colleague colleagues coworker coworkers friend friends mate mates neighbour neighbor
baby toddler grandson granddaughter nan nana gran granny grandma grandad grandpa auntie aunt uncle
cousin teen teens teenager teenagers teenage teenaged adolescent adolescents school schools college
pensioner pensioners grandkids grandkid grandchildren grandchild elderly oap
scared scary scaring terrified terrifying worried worrying worries anxious anxiety nervous panic
panicking panicked frightened frightening afraid upset stressed stressing confused confusing
desperate frustrated frustrating fed sorry dumb stupid silly embarrassed embarrassing mad crazy
honestly literally seriously totally completely properly physically truly genuinely obviously
today tonight tomorrow yesterday morning mornings evening evenings ago lately recently eventually ultimately someday
came come comes coming went gone gave give gives given got saw happened seem seems seemed sound
sounds sounded mention mentions mentioned mentioning noticed noticing realise realised realize
realized reckon reckons suppose supposed googled google googling looked looking
leaflet leaflets booklet booklets pamphlet pamphlets handout handouts
tried trying started
thing things stuff couple kind type story question questions idea point bunch whole anyway
culture cultures religion religious faith country countries abroad overseas
spain france italy portugal greece germany poland ireland scotland wales england london cornwall india pakistan
nigeria china australia canada america usa dubai turkey cyprus tenerife majorca mallorca ibiza florida
little tiny slightly somewhat
mm cm millimetre millimetres millimeter millimeters measuring measured measures measurement measurements size sized
`.trim().split(/\s+/));

/**
 * Words that name a subject outside a spine clinic: other organs and body parts that no disc
 * problem reaches, animals, machines, shops and trades. Spine words in such a question are about
 * something else ("a prolapsed uterus", "an MRI of my brain", "under extrusion on my 3D printer",
 * "is the library open on Saturdays"), so one of these outweighs them. Parts a trapped nerve does reach
 * (hip, knee, foot, hand, shoulder) are not listed: "pain from my hip down to my knee" is sciatica;
 * "carpal" is, since a carpal tunnel traps its nerve at the wrist, far from any disc.
 * "elsewhere" is what the lexicon makes of phrases such as "hard disk" or "hip replacement".
 */
export const OTHER_SUBJECT_WORDS = new Set(`
brain brains eye eyes eyeball eyesight tooth teeth toothache dental dentist jaw ear ears eardrum nose sinus
sinuses tonsils acne hair scalp nail nails thyroid uterus womb ovary ovaries cervix rectal
haemorrhoids hemorrhoids piles navel umbilical inguinal hiatal hiatus oesophagus esophagus
gallbladder liver lung lungs kidney kidneys prostate appendix tendon tendons meniscus plantar
bunion bunions migraine migraines carpal
printer filament xbox playstation ps5 console ssd software tyre tyres tire tires brake brakes
engine clutch boiler fridge battery batteries macbook mac nuclear aluminium aluminum
restaurant restaurants pizza cafe pub supermarket supermarkets tesco bakery library bank vet vets
cat cats horse horses pony tax taxes recipe recipes cake bread weather rain mortgage loan bitcoin carbon soil
store stores walmart costco mall haircut barber hairdresser salon airport airports stadium gaming
tattoo tattoos piercing piercings colic dermatologist dermatology ivf caesarean cesarean
acl cruciate prenatal antenatal childbirth obstetrician midwife gynaecologist gynecologist gynaecology gynecology uterine
pregnant pregnancy heart cardiac diabetes diabetic osteoporosis fibromyalgia rib ribs food foods shingles
cosmetic botox facelift liposuction lipo rhinoplasty
scoliosis kyphosis spondylitis ankylosing
elsewhere
`.trim().split(/\s+/));

/**
 * Of OTHER_SUBJECT_WORDS, the patient's own affairs: money, shops, food, the weather, a trade. Told
 * in a story ("I have three kids and a mortgage", "my salon is short staffed") they are the
 * patient's life, and a later question that names a disc or a treatment of its own is not about
 * them; a cat, a knee or a laptop, by contrast, is what "she" or "it" goes on meaning. In the
 * sentence that asks, they still turn the question away ("is the library open on Saturdays").
 */
export const AFFAIRS_WORDS = new Set(`
tax taxes mortgage loan bitcoin bank weather rain recipe recipes cake bread food foods restaurant restaurants pizza cafe
pub supermarket supermarkets tesco bakery library store stores walmart costco mall haircut barber hairdresser salon
airport airports stadium gaming
`.trim().split(/\s+/));

/**
 * Words that place a question in a spine clinic's field: the disc, the spine and the nerve pain they
 * cause. A question that names another subject is about that subject unless it names one of these
 * too: "rotator cuff physio exercises", "groin hernia surgery recovery" or "tennis elbow steroid
 * shot" share only treatment words with the entries, words every part of the body has, while "my
 * daughter is pregnant and has a slipped disc" or "I had a hip replacement, now a disc bulge" say
 * which part they ask about. Lexicon phrases reach these through their canonical words ("slipped
 * disc" is a herniation); "epidural" is not one, since an epidural in labour is not the clinic's.
 */
export const FIELD_WORDS = new Set(`
disc discs spine spinal back neck lumbar cervical thoracic vertebra vertebrae vertebral sacrum sacral
sciatica sciatic radiculopathy herniation herniated bulge bulging protrusion extrusion sequestration
microdiscectomy discectomy laminectomy
`.trim().split(/\s+/));

/**
 * Places that keep their own hours and take their own payments. The entries on medicines and
 * exercise rightly mention the pharmacy and the gym, so these are not another subject; but "what
 * time does the pharmacy close" or "does the chemist take card" is not asking about this clinic.
 * Read as written, not as terms (EntryIndex.namesOtherPlace), so the spellings patients use that
 * no typo correction reaches are listed too.
 */
export const OTHER_PLACE_WORDS = new Set(`
pharmacy farmacy farmacia farmacie chemist drugstore gym pool
`.trim().split(/\s+/));
