//! The Somali (af-Soomaali) wording of every message. It mirrors
//! english.rs: the same keys in the same order, each a subject and a body,
//! with the same words in braces filled in by [`super::letters`].
//!
//! Written for parents first: short sentences, "we" for the council, "you"
//! for the reader, with the words used on the Somali pages in locales/so.

use super::letters::{Key, Texts};

pub(super) fn texts(key: Key) -> Texts {
    let (subject, body) = match key {
        Key::RequestReceived => (
            "Waan helnay codsigaaga ah in la qiimeeyo baahiyaha {child}",
            "Waxaan helnay codsiga ah in la sameeyo qiimaynta baahiyaha waxbarashada, caafimaadka iyo daryeelka (EHC) ee {child}.\n\n\
             Qiimaynta baahiyaha waxaan ku ogaannaa caawimaadda ay tahay in {child} la siiyo, dugsiga iyo meelaha kaleba.\n\n\
             Hadda waxaan ka fiirsanaynaa inaan qiimaynta samayno iyo in kale. Ugu dambayn {date} waxaan kuu sheegi doonnaa go'aankayaga.",
        ),
        Key::Assessing => (
            "Waxaan qiimayn doonnaa baahiyaha {child}",
            "Waxaan go'aansannay inaan samayno qiimaynta baahiyaha {child}.\n\n\
             Waxaan talo weydiin doonnaa dadka yaqaan {child}. Waxaa ka mid ah adiga, dugsiga {child}, \
             dhakhtar, cilmi-nafsiyaqaanka waxbarashada iyo daryeelka bulshada.\n\n\
             Haddii aan go'aansanno inaan qorshe qorno, waa inaan kuu soo dirnaa qorshaha kama dambaysta ah ugu dambayn {date}.",
        ),
        Key::NotAssessing => (
            "Go'aankayaga: ma qiimayn doonno baahiyaha {child}",
            "Waxaan go'aansannay inaanan samayn qiimaynta baahiyaha {child}.\n\n\
             Sababahayaga: {reasons}\n\n\
             Dugsiga {child} weli wuu taageeri karaa {child}, isagoo adeegsanaya kheyraadkiisa gaarka ah.",
        ),
        Key::AdviceRequested => (
            "Waxaan codsannay talo ku saabsan {child}",
            "Waxaan {adviser} ka codsannay talo ({advice}) ku saabsan {child}.\n\n\
             Taladu waa inay na soo gaartaa ugu dambayn {date}.",
        ),
        Key::AdviceReceived => (
            "Waxaan helnay talo ku saabsan {child}",
            "Waxaan helnay talo ({advice}) ku saabsan {child}. Waad akhrin kartaa markaad soo gasho.",
        ),
        Key::Issuing => (
            "Waxaan qori doonnaa qorshe loogu talagalay {child}",
            "Waxaan go'aansannay inaan qorno qorshaha waxbarashada, caafimaadka iyo daryeelka (EHC) ee {child}.\n\n\
             Qorshuhu wuxuu sheegayaa caawimaadda {child} la siin doono iyo cidda bixin doonta.\n\n\
             Marka hore waxaan kuu soo diri doonnaa qorshaha qabyada ah, si aad faallo uga bixiso. \
             Waa inaan kuu soo dirnaa qorshaha kama dambaysta ah ugu dambayn {date}.",
        ),
        Key::NotIssuing => (
            "Go'aankayaga: qorshe uma qori doonno {child}",
            "Waxaan dhammaynay qiimaynta baahiyaha {child}. Waxaan go'aansannay inaanan qorin qorshe.\n\n\
             Sababahayaga: {reasons}",
        ),
        Key::DraftIssued => (
            "Qorshaha qabyada ah ee {child} waa diyaar",
            "Qorshaha qabyada ah ee {child} waa diyaar. Waad akhrin kartaa markaad soo gasho.\n\n\
             Waxaad haysataa ilaa {date} si aad:\n\
             - faallo uga bixiso qorshaha qabyada ah\n\
             - u codsato inaan kulanno si aan uga wada hadalno\n\
             - noogu sheegto dugsiga ama kulliyadda aad u doorbidayso {child}",
        ),
        Key::SchoolConsulted => (
            "Waxaan la xiriirnay {school} oo ku saabsan boos loogu talagalay {child}",
            "Waxaan {school} weydiinnay haddii ay buuxin karto baahiyaha {child}.\n\n\
             Dugsigu wuxuu haystaa ilaa {date} si uu noogu soo jawaabo.",
        ),
        Key::ConsultationRequest => (
            "Dugsigaagu ma buuxin karaa baahiyaha {child}? Fadlan noo soo jawaab ugu dambayn {date}",
            "Waxaan qoraynaa qorshe loogu talagalay {child}. Waxaan ka fiirsanaynaa in {school} lagu magacaabo qorshaha.\n\n\
             Fadlan soo gal, akhri qorshaha qabyada ah, oo noo sheeg haddii aad buuxin karto baahiyaha {child}. \
             Fadlan noo soo jawaab ugu dambayn {date}. Taasi waa 15 maalmood laga bilaabo maanta.",
        ),
        Key::FinalIssued => (
            "Qorshaha kama dambaysta ah ee {child}",
            "Waxaan soo saarnay qorshaha kama dambaysta ah ee {child}. Waad akhrin kartaa markaad soo gasho.\n\n\
             Qorshuhu wuxuu magacaabayaa {placement} oo ah dugsiga ama goobta waxbarashada ee loogu talagalay {child}.",
        ),
        Key::ReviewHeld => (
            "Shirka dib-u-eegista sannadlaha ah ee {child}",
            "Shirka dib-u-eegista sannadlaha ah ee {child} waxaa la qabtay {letter_date}.\n\n\
             Ugu dambayn {date} waxaan kuu sheegi doonnaa inaan qorshaha u daynno sida uu yahay, wax ka beddelno, ama joojinno.",
        ),
        Key::ReviewMaintain => (
            "Go'aankayaga kadib dib-u-eegista sannadlaha ah ee {child}",
            "Dib-u-eegista sannadlaha ah ee {child} kadib, waxaan go'aansannay inaan qorshaha u daynno sida uu yahay.\n\n\
             Sababahayaga: {reasons}",
        ),
        Key::ReviewAmend => (
            "Go'aankayaga kadib dib-u-eegista sannadlaha ah ee {child}: waxaan beddeli doonnaa qorshaha",
            "Dib-u-eegista sannadlaha ah ee {child} kadib, waxaan go'aansannay inaan wax ka beddelno qorshaha.\n\n\
             Sababahayaga: {reasons}\n\n\
             Waxaan kuu soo diri doonnaa isbeddellada aan soo jeedinayno. Waxaad haysan doontaa 15 maalmood si aad faallo uga bixiso.",
        ),
        Key::ReviewCease => (
            "Go'aankayaga kadib dib-u-eegista sannadlaha ah ee {child}: waxaan joojin doonnaa qorshaha",
            "Dib-u-eegista sannadlaha ah ee {child} kadib, waxaan go'aansannay inaan joojinno qorshaha.\n\n\
             Sababahayaga: {reasons}",
        ),
        Key::AmendmentsProposed => (
            "Isbeddellada aan u soo jeedinayno qorshaha {child}",
            "Waxaan u soo jeedinaynaa isbeddelladan qorshaha {child}: {summary}\n\n\
             Waxaad haysataa ilaa {date} si aad faallo uga bixiso oo aad noogu sheegto dugsiga ama kulliyadda aad doorbidayso.",
        ),
        Key::AmendedFinalIssued => (
            "Qorshaha la beddelay ee {child}",
            "Waxaan soo saarnay qorshaha la beddelay ee {child}. Waad akhrin kartaa markaad soo gasho.\n\n\
             Qorshuhu wuxuu magacaabayaa {placement} oo ah dugsiga ama goobta waxbarashada ee loogu talagalay {child}.",
        ),
        Key::PlanCeased => (
            "Qorshaha {child} waa la joojiyay",
            "Waxaan joojinnay qorshaha {child}, laga bilaabo {letter_date}.\n\n\
             Sababahayaga: {reasons}",
        ),
        Key::RequestWithdrawn => (
            "Codsiga qiimaynta {child} waa laga noqday",
            "Codsiga qiimaynta baahiyaha {child} waa laga noqday. Kiiska waan xirnay.",
        ),
        Key::TransferredOut => (
            "Qorshaha {child} waxaa loo wareejiyay {to}",
            "Qorshaha {child} waxaa loo wareejiyay {to}, oo ah golaha degaanka ee degaanka cusub ee {child}. \
             Iyagu way kula soo xiriiri doonaan.",
        ),
        Key::SchoolNotice => (
            "{subject}",
            "Waxaan kuu soo gudbinaynaa war ku saabsan {child}: {subject}.\n\nSoo gal si aad u aragto faahfaahinta.",
        ),
        Key::Appeal => (
            "Xaqaaga racfaanka",
            "Haddii aadan ku raacsanayn go'aankan, waxaad racfaan u qaadan kartaa maxkamadda gaarka ah ee SEND (SEND Tribunal). \
             Maxkamaddani waa madax-bannaan, kamana tirsana golaha degaanka. Waxay xalisaa khilaafaadka ku saabsan \
             baahiyaha waxbarasho ee gaarka ah. Racfaanku waa bilaash.\n\n\
             Waa inaad racfaanka qaadataa ugu dambayn {deadline}. Taasi waa 2 bilood laga bilaabo taariikhda warqaddan. \
             Haddii aad hesho shahaadada dhexdhexaadinta, waxaad racfaan qaadan kartaa ilaa 1 bil kadib taariikhda \
             ku qoran shahaadada, haddii taasi ka dambayso.",
        ),
        Key::Mediation => (
            "Dhexdhexaadin",
            "Ka hor intaadan racfaan qaadan, waa inaad la hadashaa la-taliye dhexdhexaadin. Uma baahnid inaad tan samayso haddii \
             racfaankaagu uu ku saabsan yahay oo keliya dugsiga ama kulliyadda lagu magacaabay qorshaha.\n\n\
             Dhexdhexaadintu waa kulan lala yeesho qof dhexdhexaad ah oo caawiya adiga iyo annagaba si aan isku dayno inaan heshiis gaarno. Waa bilaash.\n\n\
             Si aad u codsato dhexdhexaadin, ka jawaab iimaylkan. Waxaan kugu xiriirin doonnaa la-taliye dhexdhexaadin.\n\n\
             - Haddii aad go'aansato inaadan dhexdhexaadin rabin, la-taliyuhu wuxuu ku siin doonaa shahaado muddo 3 maalmood oo shaqo gudahood. \
             Shahaadadan ayaad u baahan tahay si aad racfaan u qaadato.\n\
             - Haddii aad doorato dhexdhexaadin, waxay dhici doontaa muddo 30 maalmood gudahood.\n\n\
             Adeegga macluumaadka, talada iyo taageerada SEND ee degaankaaga (SENDIASS) ayaa bilaash kuu caawin kara. \
             Dhinacna uma eexdo.",
        ),
        Key::Greeting => ("", "Salaan {name},"),
        Key::SignOff => (
            "",
            "Kooxda baahiyaha waxbarasho ee gaarka ah ee {authority}\n\nLambarka tixraaca kiiska: {reference}",
        ),
    };
    Texts { subject, body }
}
