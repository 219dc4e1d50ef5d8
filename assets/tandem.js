// Starts GOV.UK Frontend's components. Pages work without it; it only enhances.
import { initAll } from '/assets/vendor/govuk-frontend/govuk-frontend.min.js'
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
