import { Control } from 'leaflet';

/**
 * Leaflet's attribution and layers controls write their whole content again for every credit and
 * every layer added (`_update`): drawing the map added three credits, set the prefix, and then
 * added each layer to a layers control already on the map (O(n^2): 15 labels made for 5 layers),
 * so that the page's longest tasks spent a third of their time rewriting these two controls.
 * Deferred, `_update` runs once for all the changes made in one go: at the end of the current
 * task's script (a microtask), before the browser paints, so a reader never sees a control
 * half-written. Installed with Leaflet's own way of extending its classes (`include`), so that
 * the controls react-leaflet and the map make are these; idempotent.
 */
export function deferControlUpdates(): void {
  for (const Base of [Control.Attribution, Control.Layers]) {
    // Leaflet's typings do not declare `_update`, the private method deferred here.
    const proto = Base.prototype as unknown as Deferrable;
    if (proto._deferred) continue;
    const update = proto._update;
    Base.include({
      _deferred: true,
      _update(this: Deferrable) {
        if (this._updateQueued) return this;
        this._updateQueued = true;
        queueMicrotask(() => {
          this._updateQueued = false;
          // Removed from the map meanwhile: there is nothing to write (the layers control would throw).
          if (this._map) update.call(this);
        });
        return this;
      },
    });
  }
}

interface Deferrable {
  _map?: unknown;
  _deferred?: boolean;
  _updateQueued?: boolean;
  _update(): unknown;
}
