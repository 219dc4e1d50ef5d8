# More words for families: accounts, the tracker and the portal's pages.

err-password-email = Erayga sirta ahi waa inuusan la mid noqon cinwaanka iimaylkaaga
err-message-long = Fariintaadu waa inay ahaato 5,000 xaraf ama ka yar
docs-download = Soo deji
docs-from-you = Adiga ayaa tan soo diray
f-contact-language = Luqadda
tracker-request = Codsigaaga
tracker-messages = Fariimaha
tracker-views = Wax walba oo igu saabsan
tracker-documents = Warqadaha iyo warbixinnada
tracker-you = Adiga
signin-enter-password = Geli erayga sirta ah
signed-out = Waad ka baxday.
important = Muhiim
err-file-type-staff = Faylku waa inuu noqdaa PDF, dukumenti Word ah (DOCX), sawir JPG ama PNG ah, ama qoraal caadi ah
