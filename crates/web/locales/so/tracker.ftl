# The family's tracker: where each step of the journey stands, with dates.

stage-not-started = Weli wax codsi ah lama diiwaangelin
stage-requested = Waxaan go'aansanaynaa inaan qiimayn samayno iyo in kale
stage-assessing = Waxaan talo weydiinaynaa dadka yaqaan ilmaha
stage-drafting = Waxaan qoraynaa qorshaha qabyada ah
stage-draft-issued = Qorshaha qabyada ah waa laguu soo diray
stage-plan-in-force = Qorshuhu wuu dhaqan galay
stage-closed = Kiiska waa la xiray

ms-assess-due = Ugu dambayn { $due } waxaan go'aansan doonnaa inaan qiimayn samayno iyo in kale.
ms-assess-done = { $done } ayaan go'aansannay inaan qiimayn samayno iyo in kale.
ms-advice-due = { $what } ({ $who }) waa inay na soo gaartaa ugu dambayn { $due }.
ms-advice-done = { $what } ({ $who }) waxay na soo gaartay { $done }.
ms-issue-due = Ugu dambayn { $due } waxaan go'aansan doonnaa inaan qorshe samayno iyo in kale.
ms-issue-done = { $done } ayaan go'aansannay inaan qorshe samayno iyo in kale.
ms-consult-due = { $who } ayaa noo sheegi doona ugu dambayn { $due } haddii ay buuxin karto baahiyaha ilmaha.
ms-consult-done = { $who } ayaa noo soo jawaabay { $done }.
ms-final-due = Ugu dambayn { $due } waxaan kuu soo diri doonnaa qorshaha kama dambaysta ah.
ms-final-done = { $done } ayaan kuu soo dirnay qorshaha kama dambaysta ah.
ms-review-due = Shirka dib-u-eegista sannadlaha ah waxaa la qaban doonaa ugu dambayn { $due }.
ms-review-done = Shirka dib-u-eegista sannadlaha ah waxaa la qabtay { $done }.
ms-report-due = Warbixinta dib-u-eegista waa inay na soo gaartaa ugu dambayn { $due }.
ms-report-done = Warbixinta dib-u-eegista waxay na soo gaartay { $done }.
ms-review-decision-due = Ugu dambayn { $due } waxaan kuu sheegi doonnaa waxa aan go'aansannay dib-u-eegista kadib.
ms-review-decision-done = { $done } ayaan kuu sheegnay waxa aan go'aansannay dib-u-eegista kadib.
ms-amended-due = Ugu dambayn { $due } waxaan kuu soo diri doonnaa qorshaha la beddelay.
ms-amended-done = { $done } ayaan kuu soo dirnay qorshaha la beddelay.
ms-transfer-due = Ugu dambayn { $due } waxaan dhammayn doonnaa hubinta qorshaha ee u guurista dugsiga ama kulliyadda xigta.
ms-transfer-done = { $done } ayaan dhammaynay hubinta qorshaha ee u guurista dugsiga ama kulliyadda xigta.
ms-comment-draft-open = Waxaad haysataa ilaa { $due } si aad faallo uga bixiso qorshaha qabyada ah oo aad noo sheegto dugsiga aad doorbidayso.
ms-comment-draft-closed = Waqtiga faallo ka bixinta qorshaha qabyada ah wuxuu dhammaaday { $due }.
ms-comment-changes-open = Waxaad haysataa ilaa { $due } si aad faallo uga bixiso isbeddellada qorshaha.
ms-comment-changes-closed = Waqtiga faallo ka bixinta isbeddellada qorshaha wuxuu dhammaaday { $due }.
ms-was-due = Waqtiga loo qabtay wuxuu ahaa { $due }.
ms-late = Tani waa dib u dhac, waanna ka xunnahay.
ms-lapsed = { $who } nooma soo jawaabin ugu dambayn { $due }, sidaas darteed waxaan dirnay qorshaha kama dambaysta ah jawaabtooda la'aanteed.
ms-exception = Xadka waqtigu ma khuseeyo sababtoo ah { $reason }.
ms-the-school = Dugsiga

advice-parent = Taladaada
advice-educational = Talo ku saabsan waxbarashada
advice-medical = Talo caafimaad
advice-psychological = Talada cilmi-nafsiyaqaanka
advice-social-care = Talada daryeelka bulshada
advice-other = Talo kale

exception-setting-closed = dugsiga ama goobta waxbarashadu waxay xirnaayeen 4 toddobaad ama ka badan
exception-family-away = qoysku wuu maqnaa 4 toddobaad ama ka badan
exception-circumstances = xaalado shakhsi ah oo aad u adag ayaa jiray
exception-missed-appointment = ballan qiimaynta loo qabtay waa la seegay

decision-assess-title = In qiimayn la sameeyo iyo in kale
decision-assess-yes = Waxaan go'aansannay inaan samayno qiimaynta.
decision-assess-no = Waxaan go'aansannay inaanan samayn qiimaynta.
decision-issue-title = In qorshe la sameeyo iyo in kale
decision-issue-yes = Waxaan go'aansannay inaan samayno qorshe.
decision-issue-no = Waxaan go'aansannay inaanan samayn qorshe.

action-comment = Faallo ka bixi qorshaha qabyada ah
action-preference = Noo sheeg dugsiga aad doorbidayso
action-meeting = Codso kulan ku saabsan qorshaha qabyada ah
