import { readTile } from './mvt.js';
import { GRADE_COLOURS, TARGET_COLOUR, isOccupiedDanger } from './style.js';

const TILE = 256;

/**
 * Houses from the vector tiles /tiles/houses/{z}/{x}/{y}.mvt, drawn on canvas tiles: each house a
 * dot coloured by grade (occupied C/D with a black rim, target households with a purple ring) from
 * the zoom the server names, and below it cells with their counts. Filters are applied by the server
 * (setFilter(query) with the parameters of /api/houses). houseAt(latlng) finds the house under a click.
 */
export const HouseTileLayer = L.GridLayer.extend({
  options: { tileSize: TILE, updateWhenZooming: false, keepBuffer: 1, maxZoom: 22 },

  initialize(options) {
    L.setOptions(this, options);
    this._filter = '';
    this._data = new Map();   // tile key -> decoded layers
  },

  setFilter(query) {
    if (query === this._filter) return;
    this._filter = query;
    this._data.clear();
    this.redraw();
  },

  createTile(coords, done) {
    const canvas = L.DomUtil.create('canvas', 'house-tile');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.height = TILE * ratio;
    const key = this._tileCoordsToKey(coords);
    const url = `/tiles/houses/${coords.z}/${coords.x}/${coords.y}.mvt${this._filter ? `?${this._filter}` : ''}`;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.arrayBuffer();
      })
      .then((buffer) => {
        const layers = readTile(new Uint8Array(buffer));
        this._data.set(key, layers);
        draw(canvas.getContext('2d'), layers, coords.z, ratio);
        done(null, canvas);
      })
      .catch((e) => { done(e, canvas); this.fire('tileerror', { error: e }); });
    return canvas;
  },

  _removeTile(key) {
    this._data.delete(key);
    L.GridLayer.prototype._removeTile.call(this, key);
  },

  /** The house feature drawn nearest to latlng within a finger's reach, or a cell, or null. */
  featureAt(latlng) {
    const z = this._tileZoom;
    if (z === undefined) return null;
    const point = this._map.project(latlng, z);
    const x = Math.floor(point.x / TILE);
    const y = Math.floor(point.y / TILE);
    const layers = this._data.get(`${x}:${y}:${z}`);
    if (!layers) return null;
    const reach = L.Browser.mobile ? 14 : 8;
    let best = null;
    let bestDistance = Infinity;
    for (const [name, layer] of Object.entries(layers)) {
      const scale = TILE / layer.extent;
      for (const f of layer.features) {
        const dx = x * TILE + f.x * scale - point.x;
        const dy = y * TILE + f.y * scale - point.y;
        const d = Math.hypot(dx, dy);
        const radius = name === 'house_cells' ? cellRadius(f.properties.houses) : reach;
        if (d <= radius && d < bestDistance) {
          best = { layer: name, properties: f.properties, latlng: this._map.unproject([x * TILE + f.x * scale, y * TILE + f.y * scale], z) };
          bestDistance = d;
        }
      }
    }
    return best;
  },
});

function cellRadius(houses) {
  return Math.min(15, 4 + Math.sqrt(houses) / 2.5);
}

function draw(ctx, layers, zoom, ratio) {
  ctx.scale(ratio, ratio);
  if (layers.houses) drawHouses(ctx, layers.houses, zoom);
  if (layers.house_cells) drawCells(ctx, layers.house_cells);
}

function drawHouses(ctx, layer, zoom) {
  const scale = TILE / layer.extent;
  const close = zoom >= 15;
  const rank = (p) => (isOccupiedDanger(p) ? 2 : (p.grade === 'C' || p.grade === 'D' ? 1 : 0));
  const features = [...layer.features].sort((a, b) => rank(a.properties) - rank(b.properties));
  for (const f of features) {
    const p = f.properties;
    const danger = isOccupiedDanger(p);
    const radius = danger ? (close ? 7 : 4.5) : (close ? 4.5 : 2.8);
    const x = f.x * scale;
    const y = f.y * scale;
    if (p.target && zoom >= 14) {
      ctx.beginPath();
      ctx.arc(x, y, radius + (close ? 3.5 : 2.5), 0, 2 * Math.PI);
      ctx.strokeStyle = TARGET_COLOUR;
      ctx.lineWidth = close ? 2 : 1.5;
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.fillStyle = GRADE_COLOURS[p.grade] ?? GRADE_COLOURS.UNASSESSED;
    ctx.globalAlpha = p.occupancy === 'DEMOLISHED' ? 0.35 : 0.92;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = danger ? (close ? 3 : 1.8) : 0.8;
    ctx.strokeStyle = danger ? '#000' : '#fff';
    ctx.stroke();
  }
}

function drawCells(ctx, layer) {
  const scale = TILE / layer.extent;
  ctx.font = '600 10px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const f of layer.features) {
    const { houses, dangerous, occupied_dangerous: occupiedDanger } = f.properties;
    const x = f.x * scale;
    const y = f.y * scale;
    // a blue disc as large as the number of houses; inside, red as large as the occupied C/D
    // houses with their number, or an orange dot where C/D houses stand empty
    const r = cellRadius(houses);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(31,78,121,0.16)';
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(31,78,121,0.55)';
    ctx.stroke();
    if (occupiedDanger > 0) {
      const inner = Math.min(r, Math.max(6, 3 + Math.sqrt(occupiedDanger) * 1.6));
      ctx.beginPath();
      ctx.arc(x, y, inner, 0, 2 * Math.PI);
      ctx.fillStyle = 'rgba(214,44,26,0.9)';
      ctx.fill();
      ctx.fillStyle = '#fff';
      ctx.fillText(occupiedDanger >= 1000 ? `${Math.round(occupiedDanger / 100) / 10}k` : String(occupiedDanger), x, y + 0.5);
    } else if (dangerous > 0) {
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, 2 * Math.PI);
      ctx.fillStyle = '#f39c12';
      ctx.fill();
    }
  }
}
