# Bogag qof kasta akhrin karo: bayaanka helitaanka, ogeysiiska asturnaanta
# iyo bogagga la muujiyo marka wax khaldamaan.

a11y-title = Bayaanka helitaanka
a11y-intro = Bayaankani wuxuu khuseeyaa adeegga ay golaha degaankaagu u isticmaalaan inay eegaan baahiyaha waxbarasho ee gaarka ah ee ilmaha, iyo inay qoraan oo dib u eegaan qorshihiisa.
a11y-want = Waxaan rabnaa in dad badan intii suurtagal ah ay isticmaali karaan. Waa inaad awood u leedahay inaad:
a11y-colours = beddesho midabada, kala-soocidda midabada (contrast) iyo farta qoraalka, adigoo adeegsanaya dejinta browser-kaaga ama qalabkaaga
a11y-zoom = bogga ku weyneyso ilaa 400% iyadoo qoraalku uusan ka bixin shaashadda
a11y-keyboard = bog kasta dhex marto adigoo adeegsanaya kiiboodh oo keliya
a11y-reader = bog kasta isticmaasho adigoo adeegsanaya akhriyaha shaashadda (screen reader), xitaa marka JavaScript-ka la damiyo
a11y-languages = bogagga qoysaska ku akhrido Af-Ingiriis, Af-Boolish, Af-Soomaali ama Af-Carabi
a11y-how-heading = Heerka helitaanka adeeggan
a11y-how = Waxaan adeegga u dhisnaa inuu buuxiyo Web Content Accessibility Guidelines nooca 2.2, heerka AA. Kuwani waa tilmaamo caalami ah oo websaydhada u fududeeya qof walba. Bog kasta waxaan ku hubinnaa browser dhab ah marka aan dhisayno.
a11y-help-heading = Haddii aad caawimaad u baahan tahay ama ay wax shaqayn waayaan
a11y-help = La xiriir isku-duwahaaga ama kooxda baahiyaha waxbarasho ee gaarka ah ee golaha degaankaaga. Noo sheeg cinwaanka websaydhka ee bogga iyo waxa khaldamay. Waxaan kuu jawaabi doonnaa 5 maalmood oo shaqo gudahood.
a11y-formats = Haddii aad u baahan tahay warqad ama qorshe qaab kale ah, sida far waaweyn, qoraal fudud, cod ama farta indhoolayaasha (braille), weydii isku-duwahaaga.
a11y-enforcement-heading = Dhaqangelinta
a11y-enforcement = Equality and Human Rights Commission (Guddiga Sinnaanta iyo Xuquuqda Aadanaha) ayaa hubiya in la raaco xeerarka helitaanka. Haddii aadan ku qanacsanayn sida aan kuugu jawaabno, la xiriir Equality Advisory and Support Service (adeegga talada iyo taageerada sinnaanta).

privacy-title = Ogeysiiska asturnaanta
privacy-intro = Golaha degaankaagu waxay adeeggan u isticmaalaan si ay u gutaan waajibaadkooda sharci ee carruurta iyo dhallinyarada qaba baahiyo waxbarasho oo gaar ah: inay eegaan baahiyahooda, iyo inay qoraan oo dib u eegaan qorshayaashooda. Sharciga sidaas dhigaya waa Children and Families Act 2014.
privacy-keep-heading = Waxa aan haynno
privacy-keep = Waxaan haynaa faahfaahinta ilmaha, macluumaadka xiriirka qoyska, warbixinnada iyo talooyinka nalo soo diro, go'aannadayada, iyo qorshaha. Qaar ka mid ah waxay ku saabsan yihiin caafimaadka, oo sharcigu si gaar ah u sii ilaaliyo.
privacy-who-heading = Yaa arki kara
privacy-who-family = qoysku wuxuu arki karaa kiiska ilmahooda
privacy-who-school = dugsigu wuxuu arki karaa kiisaska ardaydiisa
privacy-who-specialist = khabiirku wuxuu arki karaa oo keliya kiisaska laga codsaday inuu talo ka bixiyo
privacy-who-staff = shaqaalaha golaha degaanku waxay arki karaan kiisaska golahooda
privacy-log = Mar kasta oo qof eego ama beddelo kiis, adeeggu wuxuu qoraa cidda, waxa la sameeyay iyo goorta.
privacy-where-heading = Halka lagu hayo
privacy-where = Macluumaadku wuxuu ku jiraa nidaamyada golaha degaankaaga oo keliya. Qalabka akhriya warbixinnada wuxuu ka shaqeeyaa kombiyuutarka golaha, cidna waxba uma diro.
privacy-rights-heading = Xuquuqdaada
privacy-rights = Waxaad codsan kartaa inaad aragto macluumaadka aan hayno ama in la saxo. Waxaad sidoo kale samayn kartaa cabasho. La xiriir sarkaalka ilaalinta xogta ee golaha degaankaaga. Waxaad sidoo kale cabasho u gudbin kartaa Information Commissioner's Office (xafiiska ilaaliya xogta dadka ee Boqortooyada Midowday).

oops-not-found-title = Bogga lama helin
oops-not-found-typed = Haddii aad qortay cinwaanka websaydhka, hubi inuu sax yahay.
oops-not-found-pasted = Haddii aad dhejisay cinwaanka websaydhka, hubi inaad koobiyeysay cinwaanka oo dhan.
oops-forbidden-title = Ma arki kartid boggan
oops-forbidden = Haddii aad u malaynayso inay tahay inaad arki karto boggan, la xiriir isku-duwahaaga ama kooxda baahiyaha waxbarasho ee gaarka ah ee golaha degaankaaga.
oops-csrf-title = Foomkaaga lama diri karin
oops-csrf = Waqtiga foomkaagu wuu dhammaaday, ama laba jeer ayaa la diray. Dib u noqo, cusboonaysii bogga oo mar kale isku day.
oops-conflict-title = Tan waa la beddelay
oops-conflict = Qof kale ayaa beddelay tan intaad ka shaqaynaysay. Eeg nooca ugu dambeeyay oo mar kale isku day.
oops-problem-title = Dhibaato ayaa jirta
oops-server-title = Waan ka xunnahay, dhibaato ayaa ka jirta adeegga
oops-server = Mar dambe isku day. Waxaad soo dirtay waxba kama lumin, waxna si badh ah looma kaydin.
oops-server-contact = Haddii ay sii socoto, la xiriir kooxda baahiyaha waxbarasho ee gaarka ah ee golaha degaankaaga.
oops-start = Tag bilowga
