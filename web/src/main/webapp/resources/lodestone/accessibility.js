/*
 * Section 508 fix-ups for PrimeFaces. Overlays render their option lists in the browser when they
 * first open: each list box is named after its field's label, and a scrollable list can be reached
 * with the keyboard. Data tables take Enter on a cell for themselves: Enter on a link or a button
 * in a table opens or presses it, as everywhere else.
 */
(function () {
  function labelOf(list) {
    var id = list.id.replace(/_(items|table)$/, '');
    var label = document.querySelector(
      'label[for="' + id + '_focus"], label[for="' + id + '_input"], label[for="' + id + '"]');
    return label ? label.textContent.replace('*', '').trim() : 'Options';
  }
  function patch() {
    document.querySelectorAll('[role=listbox]:not([aria-label]):not([aria-labelledby])')
      .forEach(function (list) { list.setAttribute('aria-label', labelOf(list)); });
    document.querySelectorAll(
      '.ui-selectonemenu-items-wrapper:not([tabindex]), .ui-selectcheckboxmenu-items-wrapper:not([tabindex])')
      .forEach(function (wrapper) { wrapper.setAttribute('tabindex', '0'); });
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && e.target.closest &&
        e.target.closest('.ui-datatable td') && e.target.matches('a[href], button')) {
      e.stopPropagation();
    }
  }, true);
  new MutationObserver(patch).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', patch);
})();
