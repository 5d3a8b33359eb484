import { t } from './i18n.js';

/**
 * The browser's geolocation error in the page's language: its own `message` is English whatever the
 * page says (GeolocationPositionError: 1 permission denied, 2 position unavailable, 3 timeout).
 */
export function positionErrorText(error) {
  const key = { 1: 'position.error.denied', 2: 'position.error.unavailable', 3: 'position.error.timeout' }[error?.code];
  return t(key ?? 'position.error.other');
}

/**
 * Where the phone is, from the browser's geolocation (GPS on a phone), kept up to date while the
 * page is open. Browsers only give it to pages served over HTTPS (or from localhost). `onChange`
 * gets {lon, lat, accuracy, at} or {error}.
 */
export function watchPosition(onChange) {
  let last = null;
  if (!('geolocation' in navigator)) {
    onChange({ error: t('position.error.unsupported') });
    return { current: () => null };
  }
  navigator.geolocation.watchPosition((p) => {
    last = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy, at: new Date(p.timestamp) };
    onChange(last);
  }, (e) => onChange({ error: positionErrorText(e) }), { enableHighAccuracy: true, maximumAge: 10000, timeout: 30000 });
  return { current: () => last };
}

/** Metres between two lon/lat points (haversine; plenty for "how far is the next house"). */
export function metresBetween(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

const MAX_SIDE = 2048;
const SHRINK_ABOVE = 3 * 1024 * 1024;

/**
 * A photo made small enough for a slow rural connection: JPEG/PNG larger than 3 MB are redrawn at
 * most 2048 px on the long side as JPEG; anything else (or if the browser cannot decode it) is sent
 * as it is — the server checks type and size either way.
 */
export async function shrinkPhoto(file) {
  if (file.size <= SHRINK_ABOVE || !/^image\/(jpeg|png)$/.test(file.type) || !window.createImageBitmap) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ? new File([blob], file.name.replace(/\.\w+$/, '.jpg'), { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}
