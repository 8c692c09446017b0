/*
 * The pain body map: each region is a focusable SVG shape carrying data-view, data-region and
 * data-side. A click, Enter or Space asks the server to toggle it (p:remoteCommand
 * "algosToggleRegion"), which re-renders the map and the table of marked regions; focus then
 * returns to the shape the user acted on.
 */
var AlgosBodyMap = (function () {
    var lastFocused = null;

    function regionOf(target) {
        return target && target.closest ? target.closest('[data-region]') : null;
    }

    function toggle(shape) {
        if (typeof window.algosToggleRegion !== 'function') {
            return;
        }
        lastFocused = shape.id;
        window.algosToggleRegion([
            {name: 'view', value: shape.getAttribute('data-view')},
            {name: 'region', value: shape.getAttribute('data-region')},
            {name: 'side', value: shape.getAttribute('data-side')}
        ]);
    }

    document.addEventListener('click', function (event) {
        var shape = regionOf(event.target);
        if (shape) {
            event.preventDefault();
            toggle(shape);
        }
    });

    document.addEventListener('keydown', function (event) {
        var shape = regionOf(event.target);
        if (shape && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            toggle(shape);
        }
    });

    return {
        refocus: function () {
            var shape = lastFocused && document.getElementById(lastFocused);
            if (shape && shape.focus) {
                shape.focus();
            }
        }
    };
})();
