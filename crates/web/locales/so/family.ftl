# Words for families: every page, email and letter a parent, carer or young
# person reads. Keep sentences short and explain every special word.
# Somali (af-Soomaali) translation.

## The frame of every page

service-name = Caawimaad loogu talagalay carruurta qaba baahiyo waxbarasho oo gaar ah
skip-link = U gudub qoraalka ugu muhiimsan
phase-beta = Tijaabo
phase-text = Kani waa adeeg cusub. Isku-duwahaaga ayaa ku caawin kara haddii ay wax shaqayn waayaan.
footer-accessibility = Bayaanka fududaynta isticmaalka
footer-privacy = Ogeysiiska xogta gaarka ah
footer-run-by = Adeeggan waxaa maamula golaha degaankaaga.
sign-out = Ka bax
language-switcher = Dooro luqad
nav-your-cases = Codsiyadaada
nav-apply = Codso qiimayn
nav-contact = Sida aan kula soo xiriirno
nav-password = Erayga sirta ah
back = Dib u noqo
continue = Sii wad
save-later = Kaydi oo dib u soo noqo
save = Kaydi
change = Beddel
remove = Ka saar
yes = Haa
no = Maya
not-sure = Ma hubo
not-given = Lama bixin
optional = (ikhtiyaari)
error-summary-title = Dhibaato ayaa jirta
error-prefix = Khalad:
success = Waa lagu guulaystay
reference = Tixraac { $reference }

month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Disembar

## The start page

start-title = Codso in la qiimeeyo baahiyaha waxbarasho ee gaarka ah ee ilmaha
start-intro = Carruurta qaarkood waxay u baahan yihiin caawimaad dheeraad ah si ay wax u bartaan, marka loo eego carruurta kale ee da'dooda ah. Haddii ilmo ama qof dhallinyaro ah u baahan yahay caawimaad ka badan inta dugsigiisa, kulliyaddiisa ama xannaanadiisu siin karto, waxaad golaha degaanka ka codsan kartaa inay eegaan baahiyihiisa.
start-plan = Tan waxaan u yeernaa qiimaynta baahiyaha waxbarashada, caafimaadka iyo daryeelka. Waxay keeni kartaa qorshe. Qorshuhu wuxuu sheegayaa caawimaadda ilmaha la siin doono iyo cidda bixin doonta.
start-who-heading = Yaa codsan kara
start-who-parent = waalid ama daryeele
start-who-young = qof dhallinyaro ah oo da'diisu tahay 16 ilaa 25, naftiisa
start-who-school = dugsi, kulliyad ama xannaano, haddii waalidka ama daryeeluhu oggol yahay
start-when-heading = Maxaa xiga
start-when-6 = Ugu dambayn { $six } waxaan kuu sheegi doonnaa inaan qiimaynta samayn doonno iyo in kale. Taasi waa 6 toddobaad laga bilaabo maanta.
start-when-20 = Haddii aan qiimaynta samayno, ugu dambayn { $twenty } waxaan kuu sheegi doonnaa inaan qorshe samayn doonno iyo in kale. Taasi waa 20 toddobaad laga bilaabo maanta.
start-ready-heading = Waxa aad u baahan tahay
start-ready-1 = magaca ilmaha, taariikhda dhalashada iyo cinwaanka
start-ready-2 = magaca dugsiga ama xannaanada uu ilmuhu aado, haddii uu mid aado
start-ready-3 = waxa ilmaha ku adag, adigoo adeegsanaya erayadaada
start-ready-4 = caawimaadda ilmaha la siiyay ilaa hadda
start-ready-5 = warbixin ama warqad kasta oo aad haysato, sida fayl ama sawir
start-time = Waxay qaadanaysaa qiyaastii 20 daqiiqo. Waad kaydin kartaa jawaabahaaga oo dib ayaad u soo noqon kartaa.
start-button = Hadda bilow
start-help-heading = Hel caawimaad bilaash ah
start-help = { $name } ayaa bilaash kuu caawin kara. Uma shaqeeyaan kooxda qiimaynta ee golaha. Wac { $phone } ama iimayl u dir { $email }.
start-help-name = Adeegga macluumaadka, talada iyo taageerada baahiyaha waxbarasho ee gaarka ah ee { $council }
start-already = Horay ma u codsatay?
start-sign-in = Soo gal si aad u aragto sida codsigaagu u socdo

## The task list

tasks-title = Codso qiimayn
tasks-intro = Buuxi qayb kasta. Waxaad u buuxin kartaa si kasta oo ay isugu xigaan.
section-about-you = Adiga ku saabsan
section-child = Ilmaha ama qofka dhallinyarada ah
section-family = Qoyska
section-needs = Baahiyaha iyo taageerada
section-consent = Wadaagidda xogta iyo warbixinnada
task-done = Waa la dhammeeyay
task-started = Waa socdaa
task-todo = Weli lama bilaabin
task-check = Hubi jawaabahaaga oo dir
task-check-heading = Dir codsigaaga
task-cannot-send = Waxaad diri kartaa codsigaaga marka qayb kasta la dhammeeyo.

step-who = Yaa codsanaya
step-your-details = Xogtaada
step-child-name = Magaca
step-child-date-of-birth = Taariikhda dhalashada
step-child-address = Cinwaanka
step-child-setting = Dugsiga ama goobta waxbarashada
step-parents = Waalidiinta iyo daryeelayaasha
step-contact = Sida loola xiriirayo qoyska
step-language = Luqadda
step-needs = Baahiyaha ilmaha
step-support = Caawimaadda ilaa hadda
step-consent = Wadaagidda macluumaadka
step-evidence = Warbixinnada iyo warqadaha

## The questions

q-who = Yaa codsanaya qiimaynta?
q-who-parent = Waxaan ahay waalidka ama daryeelaha ilmaha
q-who-young = Waxaan ahay qofka dhallinyarada ah, da'daydu waa 16 ilaa 25
q-who-school = Waxaan u shaqeeyaa dugsiga, kulliyadda ama xannaanada ilmaha

q-your-details = Xogtaada
f-requester-name = Magacaaga oo buuxa
f-requester-email = Cinwaanka iimaylka shaqadaada
f-requester-setting = Magaca dugsigaaga, kulliyaddaada ama xannaanadaada
f-parent-agreed = Waalidka ama daryeelaha ilmaha wuu oggol yahay inaan codsanno qiimayntan

q-child-name = Waa maxay magaca ilmaha ama qofka dhallinyarada ah?
f-first-name = Magaca koowaad
f-last-name = Magaca dambe

q-dob = Waa maxay taariikhda dhalashada ilmaha?
hint-dob = Tusaale ahaan, 27 3 2016
f-day = Maalin
f-month = Bil
f-year = Sannad

q-address = Xaggee buu ilmuhu ku nool yahay?
f-address-1 = Cinwaanka, sadarka 1
f-address-2 = Cinwaanka, sadarka 2 (ikhtiyaari)
f-town = Magaalada
f-postcode = Koodhka boostada (postcode)

q-setting = Dugsigee, kulliyaddee ama xannaanadee buu ilmuhu aadaa?
hint-setting = Dooro "Kuma jiro dugsi ama goob waxbarasho" haddii uusan midna aadin.
setting-choose = Dooro dugsi ama goob waxbarasho
setting-none = Kuma jiro dugsi ama goob waxbarasho

q-parents = Waalidiinta iyo daryeelayaasha
f-parent-1-name = Magaca buuxa ee waalid ama daryeele
f-relationship = Xiriirka uu qofkani la leeyahay ilmaha (ikhtiyaari)
hint-relationship = Tusaale ahaan, hooyo, aabbe, ayeeyo, awoowe ama qof ilmaha korsada
f-responsibility = Qofkani ma leeyahay mas'uuliyadda waalidnimada?
hint-responsibility = Tani waxay ka dhigan tahay xaqa sharciga ah ee uu ku gaaro go'aannada ilmaha.
parent-2-heading = Waalid ama daryeele kale (ikhtiyaari)
f-parent-2-name = Magaca buuxa

q-contact = Sidee baan ula soo xiriirnaa qoyska?
hint-contact = Warqadaha iyo wararka sidan ayaan ugu soo diri doonnaa.
contact-email = Iimayl
contact-phone = Telefoon
contact-post = Boosto loo diro cinwaanka ilmaha
f-contact-email = Cinwaanka iimaylka
f-contact-phone = Lambarka telefoonka

q-language = Luqaddee buu qoysku doorbidaa?
lang-en = Af-Ingiriis
lang-pl = Af-Boolish
lang-so = Af-Soomaali
lang-ar = Af-Carabi
lang-other = Luqad kale
f-language-other = Luqaddee?
f-interpreter = Ma rabtaa turjumaan inta shirarka lagu jiro?

q-needs = Noo sheeg baahiyaha ilmaha
hint-needs = Adeegso erayadaada. Maxaa ilmaha ku adag? Maxaa caawiya? Sidee bay taasi u saamaysaa maalintiisa?

q-support = Caawimaaddee ayaa ilmaha la siiyay ilaa hadda?
f-sen-support = Dugsigiisa ama xannaanadiisu ma siiyeen caawimaad dheeraad ah, sida qorshe taageero?
f-professionals = Dadkan kuwee buu ilmuhu arkay?
hint-professionals = Dooro dhammaan kuwa khuseeya.
prof-speech = Daaweeyaha hadalka iyo luqadda
prof-ep = Cilmi-nafsiyaqaanka waxbarashada
prof-ot = Daaweeyaha hawlaha maalinlaha (occupational therapist)
prof-camhs = Adeegga caafimaadka maskaxda ee carruurta
prof-paediatrician = Dhakhtarka carruurta (paediatrician)
prof-social-worker = Shaqaalaha arrimaha bulshada
prof-other = Qof kale
f-support-details = Noo sheeg caawimaadda ilmaha la siiyay (ikhtiyaari)

q-consent = Wadaagidda macluumaadka
consent-intro = Si aan qiimaynta u samayno, waxaan talo weydiinnaa dadka yaqaan ilmaha.
f-share-with = Yaan weydiin karnaa?
share-school = Dugsigiisa, kulliyaddiisa ama xannaanadiisa
share-health = Adeegyada caafimaadka, sida dhakhtarkiisa ama daaweeyihiisa
share-social-care = Daryeelka bulshada
share-ep = Cilmi-nafsiga waxbarashada
f-consent = Waan oggolahay in golaha degaanku jawaabaha codsigan la wadaago dadka aan doortay, si qiimaynta loo sameeyo.

q-evidence = Warbixinnada iyo warqadaha
hint-evidence = Waxaad ku dari kartaa warqado ama warbixinno aad haysato, tusaale ahaan kuwa ka yimid dhakhtar ama daaweeye. Adeegso faylal PDF ama Word ah, ama sawirro (JPG ama PNG). Fayl kastaa waa inuu ka yar yahay 10 MB. Kuma khasbana inaad wax ku darto.
f-file = Dooro fayl
upload-button = Ku dar fayl
files-added = Faylasha lagu daray
no-files = Weli wax fayl ah kuma aadan darin.

## Check your answers, and sending

check-title = Hubi jawaabahaaga ka hor intaadan dirin
check-send-heading = Hadda dir codsigaaga
check-declaration = Markaad codsigan dirto, waxaad xaqiijinaysaa in jawaabuhu sax yihiin inta aad ogtahay.
send-button = Dir codsiga

confirm-title = Codsiga waa la diray
confirm-reference = Lambarka tixraacaaga
confirm-email = Nuqul jawaabahaaga ah ayaan u dirnay { $email }.
confirm-next-heading = Maxaa xiga
confirm-next = Ugu dambayn { $six } waxaan kuu sheegi doonnaa inaan qiimaynta samayn doonno iyo in kale.
confirm-account = Waxaad codsigaaga kala socon kartaa internetka. Adeegso linkiga ku jira iimaylka si aad akoonkaaga u samaysato.
confirm-no-email = Hay lambarka tixraacaaga. Warqad ayaan kuu soo diri doonnaa.
confirm-another = Codso qiimayn kale

saved-title = Jawaabahaaga waa la kaydiyay
saved-email-sent = Link ayaan u dirnay { $email }. Adeegso si aad dib ugu soo noqoto codsigaaga. Linkigu wuxuu shaqaynayaa 28 maalmood.
saved-link = Adeegso linkigan si aad dib ugu soo noqoto codsigaaga. Si ammaan ah u hay. Qof kasta oo haysta linkiga wuu arki karaa jawaabahaaga. Wuxuu shaqaynayaa 28 maalmood.
saved-ask-email = Linkiga iimayl igu soo dir
f-resume-email = Cinwaanka iimaylka
saved-continue = Ku noqo codsigaaga

## Problems with answers

err-requester = Dooro cidda codsanaysa qiimaynta
err-requester-name = Geli magacaaga oo buuxa
err-requester-email = Geli cinwaanka iimaylka shaqadaada
err-requester-setting = Geli magaca dugsigaaga, kulliyaddaada ama xannaanadaada
err-parent-agreed = Dugsigu wuxuu codsan karaa oo keliya haddii waalidka ama daryeeluhu oggol yahay. Calaamadee sanduuqa si aad u muujiso inuu oggol yahay
err-first-name = Geli magaca koowaad ee ilmaha
err-last-name = Geli magaca dambe ee ilmaha
err-name-too-long = Tani waa inay ahaato 100 xaraf ama ka yar
err-text-too-long = Tani waa inay ahaato 5,000 xaraf ama ka yar
err-dob-missing = Geli taariikhda dhalashada
err-dob-real = Taariikhda dhalashadu waa inay noqoto taariikh dhab ah
err-dob-year = Sannadku waa inuu ka koobnaado 4 lambar
err-dob-future = Taariikhda dhalashadu waa inay noqoto maalin hore u dhaaftay
err-dob-too-old = Ilmaha ama qofka dhallinyarada ahi waa inuu ahaado 25 jir ama ka yar
err-dob-young-person = Qofka dhallinyarada ahi waa inuu ahaado 16 jir ama ka weyn si uu naftiisa u codsado. Waalid ama daryeele ayaa isaga u codsan kara
err-address-line-1 = Geli sadarka koowaad ee cinwaanka
err-address-town = Geli magaalada
err-postcode-missing = Geli koodhka boostada
err-postcode-format = Geli koodh boosto oo dhab ah, sida NB1 2AB
err-setting = Dooro dugsiga ama goobta waxbarashada, ama dooro "Kuma jiro dugsi ama goob waxbarasho"
err-parent-name = Geli magaca buuxa ee waalid ama daryeele
err-responsibility = Dooro haddii uu qofkani leeyahay mas'uuliyadda waalidnimada
err-channel = Dooro sida aan ula soo xiriirno qoyska
err-contact-email = Geli cinwaan iimayl
err-email-format = Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com
err-phone-missing = Geli lambar telefoon
err-phone-format = Geli lambar telefoon, sida 01632 960 001 ama 07700 900 982
err-language = Dooro luqad
err-language-other = Geli luqadda
err-interpreter = Dooro haddii aad rabto turjumaan
err-needs = Noo sheeg baahiyaha ilmaha
err-sen-support = Dooro haddii dugsigiisa ama xannaanadiisu siiyeen caawimaad dheeraad ah
err-consent = Waa inaad oggolaataa ka hor intaanan macluumaadka wadaagin oo qiimaynta samayn
err-file-missing = Dooro fayl
err-file-too-big = Faylku waa inuu ka yar yahay 10 MB
err-file-type = Faylku waa inuu noqdaa PDF, fayl Word ah, ama sawir (JPG ama PNG)
err-file-damaged = Faylku wuu xumaaday lamana furi karo. Isku day inaad mar kale kaydiso
err-file-locked = Faylku wuxuu leeyahay eray sir ah. Soo dir nuqul aan eray sir ah lahayn
err-file-unsafe = Faylka si ammaan ah looma furi karo. Isku day inaad mar kale u kaydiso fayl cusub ahaan
err-file-count = Waxaad ku dari kartaa ilaa 20 fayl
err-timed-out = Waqtiga boggaagu wuu dhammaaday. Jawaabtaada waan haynaa. Hubi oo mar kale dooro Sii wad
err-expired-draft = Jawaabaha aad kaydisay waqti badan ayay ahaayeen, lamana hayn karo. Waxaan haynaa waxa aad hadda qortay. Fadlan mar kale buuxi qaybaha kale
err-not-finished = Marka hore buuxi qaybahan: { $sections }

## Accounts

signin-title = Soo gal
signin-intro = Soo gal si aad u aragto sida codsigu u socdo, u akhrido warqadaha oo aad fariimo u dirto.
f-email = Cinwaanka iimaylka
f-password = Erayga sirta ah
signin-button = Soo gal
signin-forgot = Ma ilowday erayga sirta ah?
signin-no-account = Weli akoon ma lihid?
signin-create = Samee akoon
signin-wrong = Geli cinwaan iimayl iyo eray sir ah oo sax ah
signin-too-many = Waxaad isku dayday inaad soo gasho marar aad u badan. Sug 15 daqiiqo oo mar kale isku day
signin-unconfirmed = Marka hore xaqiiji cinwaanka iimaylkaaga. Link cusub ayaan kuu soo dirnay.
signin-ended = Waa lagaa saaray sababtoo ah muddo ayaadan waxba samayn. Mar kale soo gal.

signup-title = Samee akoon
signup-intro = Haddii aad akoon leedahay, waxaad kala socon kartaa codsiga, akhrin kartaa warqadaha, oo fariimo u diri kartaa isku-duwahaaga.
f-your-name = Magacaaga oo buuxa
f-new-password = Samee eray sir ah
hint-password = Adeegso ugu yaraan 8 xaraf. Ha adeegsan eray sir ah oo si fudud loo qiyaasi karo.
f-password-again = Mar kale qor erayga sirta ah
signup-button = Samee akoon
err-your-name = Geli magacaaga oo buuxa
err-email = Geli cinwaanka iimaylkaaga
err-password = Geli eray sir ah
err-password-short = Erayga sirta ahi waa inuu ahaado 8 xaraf ama ka badan
err-password-long = Erayga sirta ahi waa inuu ahaado 128 xaraf ama ka yar
err-password-common = Erayga sirta ah si fudud ayaa loo qiyaasi karaa. Dooro mid kale
err-password-match = Labada eray ee sirta ahi isku mid ma aha
err-email-taken = Cinwaankan iimaylka akoon ayaa horay loogu sameeyay. Soo gal, ama dib u deji erayga sirta ah

check-email-title = Hubi iimaylkaaga
check-email = Link ayaan u dirnay { $email }. Dooro linkiga si aad u xaqiijiso cinwaanka iimaylkaaga. Wuxuu shaqaynayaa 24 saacadood.
verified-title = Cinwaanka iimaylkaaga waa la xaqiijiyay
verified = Hadda waad soo geli kartaa.
link-bad-title = Linkigani ma shaqaynayo
link-bad = Waxaa laga yaabaa in linkiga horay loo adeegsaday, ama uu aad u duqoobay.
link-bad-new = Codso link cusub

reset-title = Dib u deji erayga sirta ah
reset-intro = Geli cinwaanka iimaylka akoonkaaga. Waxaan kuu soo diri doonnaa link aad ku doorato eray sir ah oo cusub.
reset-button = Dir linkiga
reset-sent = Haddii uu jiro akoon leh { $email }, link ayaan u dirnay. Linkigu wuxuu shaqaynayaa 1 saac.
new-password-title = Dooro eray sir ah oo cusub
new-password-button = Kaydi erayga sirta ah
new-password-done = Erayga sirta ah waa la kaydiyay. Hadda waad soo geli kartaa.

## The family's pages

my-title = Codsiyadaada
my-none = Weli codsi ma aadan samayn.
my-apply = Codso qiimayn
my-child = Ilmaha
my-now = Waxa hadda socda

tracker-now-heading = Waxa hadda socda
tracker-coordinator = Isku-duwahaagu waa { $name }.
tracker-no-coordinator = Dhawaan ayaan kuu sheegi doonnaa cidda isku-duwahaagu yahay.
tracker-can-do = Waxa aad hadda samayn karto
tracker-steps = Waxa dhacaya iyo goorta
tracker-nothing = Weli wax la muujiyo ma jiraan.
tracker-done = Waa la dhammeeyay
tracker-decisions = Go'aannadayada
tracker-disagree = Haddii aadan ku raacsanayn go'aan, waxaad codsan kartaa kulan lala yeesho qof dhexdhexaad ah (dhexdhexaadin), ama waxaad racfaan u qaadan kartaa maxkamad gaar ah (tribunal). Warqadda go'aanka ayaa sharraxaysa sida loo sameeyo.
tracker-received = Mahadsanid. Waan helnay.

docs-title = Warqadaha iyo warbixinnada
docs-none = Weli ma jiraan warqado ama warbixinno.
docs-add = Ku dar warbixin ama warqad
docs-added = Faylka waa lagu daray

conversation-title = Fariimaha adiga iyo isku-duwahaaga
conversation-none = Weli ma jiraan fariimo.
f-message = Fariintaada
send-message = Dir fariinta
err-message = Geli fariin
message-sent = Fariinta waa la diray

views-title = Wax walba oo igu saabsan
views-intro = Noogu sheeg ilmaha erayadaada, ama ka caawi inuu noo sheego. Tan waxaan ku adeegsan doonnaa qorshihiisa.
f-admired = Maxay dadku ka jecel yihiin oo ku ammaanaan ilmaha?
f-important = Maxaa hadda muhiim u ah?
f-hopes = Waa maxay rajadiisa mustaqbalka?
f-support-best = Sidee ayaa ugu fiican in loo caawiyo?
views-saved = Jawaabahaaga waa la kaydiyay

prefs-title = Sida aan kula soo xiriirno
f-channel = Sidee baan kula soo xiriirnaa?
f-pref-language = Luqaddee baan adeegsannaa?
prefs-saved = Doorashooyinkaaga waa la kaydiyay

## Emails

email-greeting = Salaan,
email-sign-off = Kooxda baahiyaha waxbarasho ee gaarka ah ee { $council }
email-confirm-subject = Waan helnay codsigaaga: { $reference }
email-confirm-intro = Mahadsanid. Waan helnay codsigaaga ah in la qiimeeyo { $child }. Lambarka tixraacaagu waa { $reference }.
email-confirm-next = Ugu dambayn { $six } waxaan kuu sheegi doonnaa inaan qiimaynta samayn doonno iyo in kale.
email-confirm-answers = Halkan waxaa ku jira nuqul jawaabahaaga ah:
email-confirm-account = Si aad codsigaaga internetka ugu kala socoto, akoonkaaga ku samee linkigan. Wuxuu shaqaynayaa 7 maalmood:
email-confirm-school = Waxaad codsatay in la qiimeeyo { $child }. Qoyska waan u sheegnay. Lambarka tixraacaagu waa { $reference }.
email-resume-subject = Codsigaaga la kaydiyay
email-resume-body = Adeegso linkigan si aad dib ugu soo noqoto codsigaaga qiimaynta. Wuxuu shaqaynayaa 28 maalmood:
email-verify-subject = Xaqiiji cinwaanka iimaylkaaga
email-verify-body = Dooro linkigan si aad u xaqiijiso cinwaanka iimaylkaaga. Wuxuu shaqaynayaa 24 saacadood:
email-reset-subject = Dooro eray sir ah oo cusub
email-reset-body = Dooro linkigan si aad u doorato eray sir ah oo cusub. Wuxuu shaqaynayaa 1 saac:
email-ignore = Haddii aadan waxan codsan, iimaylkan iska indha tir.
email-message-subject = Fariin cusub oo ku saabsan { $child }
email-message-body = Fariin cusub ayaad ka heshay { $name }. Soo gal si aad u akhrido:
