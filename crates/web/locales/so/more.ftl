# Bogga erayga sirta ah ee qoyska.

password-title = Beddel erayga sirta ah
f-current-password = Erayga sirta ah ee hadda
f-password-new = Eray sir ah oo cusub
password-button = Beddel erayga sirta ah
password-changed = Erayga sirta ah waa la beddelay. Waxaa lagaa saaray meel kasta oo kale.
err-current-password = Si sax ah u qor erayga sirta ah ee hadda
err-password-match-again = Erayada sirta ah isma mid aha. Mar kale qor erayga sirta ah ee cusub

# Waxyaabaha qoysku ka qabto qorshaha qabyada ah.
action-back = Ku noqo kiiska
action-send = Dir
f-draft-comments = Faallooyinkaaga ku saabsan qorshaha qabyada ah
f-preferred-school = Dugsiga ama kulliyadda aad jeclaan lahayd in qorshaha lagu magacaabo?
err-draft-comments = Qor faallooyinkaaga
err-preferred-school = Dooro dugsi ama kulliyad
