/**
 * A small Mapbox Vector Tile reader (spec 2.1) for the point layers Anju serves: returns
 * { layerName: { extent, features: [{ id, x, y, properties }] } }. Non-point geometries are skipped.
 */
export function readTile(bytes) {
  const pbf = new Reader(bytes);
  const layers = {};
  while (pbf.more()) {
    const [field, wire] = pbf.key();
    if (field === 3) {
      const layer = readLayer(pbf.sub());
      layers[layer.name] = layer;
    } else pbf.skip(wire);
  }
  return layers;
}

function readLayer(pbf) {
  const layer = { name: '', extent: 4096, features: [] };
  const keys = [];
  const values = [];
  const raw = [];
  while (pbf.more()) {
    const [field, wire] = pbf.key();
    if (field === 1) layer.name = pbf.string();
    else if (field === 2) raw.push(pbf.sub());
    else if (field === 3) keys.push(pbf.string());
    else if (field === 4) values.push(readValue(pbf.sub()));
    else if (field === 5) layer.extent = pbf.varint();
    else pbf.skip(wire);
  }
  for (const f of raw) {
    const feature = readFeature(f, keys, values);
    if (feature) layer.features.push(feature);
  }
  return layer;
}

function readFeature(pbf, keys, values) {
  let id = null; let type = 0; let tags = []; let geometry = [];
  while (pbf.more()) {
    const [field, wire] = pbf.key();
    if (field === 1) id = pbf.varint();
    else if (field === 2) tags = pbf.packed();
    else if (field === 3) type = pbf.varint();
    else if (field === 4) geometry = pbf.packed();
    else pbf.skip(wire);
  }
  if (type !== 1 || geometry.length < 3) return null;
  const properties = {};
  for (let i = 0; i + 1 < tags.length; i += 2) properties[keys[tags[i]]] = values[tags[i + 1]];
  const zigzag = (n) => (n >>> 1) ^ -(n & 1);
  // first point of a (multi)point: MoveTo command, then dx, dy
  return { id, x: zigzag(geometry[1]), y: zigzag(geometry[2]), properties };
}

function readValue(pbf) {
  let value = null;
  while (pbf.more()) {
    const [field, wire] = pbf.key();
    if (field === 1) value = pbf.string();
    else if (field === 2) value = pbf.float();
    else if (field === 3) value = pbf.double();
    else if (field === 4 || field === 5) value = pbf.varint();
    else if (field === 6) { const n = pbf.varint(); value = (n % 2 === 1) ? -(n + 1) / 2 : n / 2; }
    else if (field === 7) value = pbf.varint() === 1;
    else pbf.skip(wire);
  }
  return value;
}

class Reader {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes; this.pos = start; this.end = end;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  more() { return this.pos < this.end; }
  varint() {
    let result = 0; let shift = 1; let b;
    do { b = this.bytes[this.pos++]; result += (b & 0x7f) * shift; shift *= 128; } while (b >= 0x80);
    return result;
  }
  key() { const k = this.varint(); return [Math.floor(k / 8), k % 8]; }
  sub() { const length = this.varint(); const r = new Reader(this.bytes, this.pos, this.pos + length); this.pos += length; return r; }
  string() { const r = this.sub(); return new TextDecoder().decode(this.bytes.subarray(r.pos, r.end)); }
  float() { const v = this.view.getFloat32(this.pos, true); this.pos += 4; return v; }
  double() { const v = this.view.getFloat64(this.pos, true); this.pos += 8; return v; }
  packed() { const r = this.sub(); const out = []; while (r.more()) out.push(r.varint()); return out; }
  skip(wire) {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.pos += this.varint();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unknown protobuf wire type ${wire}`);
  }
}
