/*
 * The chart's sections are read when opened. A menu link or a deep link (patient.xhtml?id=…#procedures)
 * names a section by its anchor: a section not read yet is opened by its own button, then shown and
 * its heading focused, so keyboard and screen-reader users land where they asked to go.
 */
var AlgosChart = (function () {
    function wrapperOf(anchor) {
        return document.querySelector('[data-section="' + anchor.replace(/[^a-z-]/g, '') + '"]');
    }

    function reveal(anchor) {
        var section = document.getElementById(anchor);
        if (!section) {
            return;
        }
        section.scrollIntoView();
        var heading = section.querySelector('h2');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus({preventScroll: true});
        }
    }

    function open(anchor) {
        var wrapper = anchor ? wrapperOf(anchor) : null;
        if (!wrapper) {
            return;
        }
        var button = wrapper.querySelector('[data-opens]');
        if (wrapper.getAttribute('data-loaded') !== 'true' && button) {
            button.click();
        } else {
            reveal(anchor);
        }
    }

    function openFromHash() {
        open(decodeURIComponent(window.location.hash.substring(1)));
    }

    window.addEventListener('hashchange', openFromHash);
    document.addEventListener('DOMContentLoaded', openFromHash);
    return {reveal: reveal, open: open};
}());
