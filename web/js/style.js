// Colours shared by layers and legend.
export const GRADE_COLOURS = {
  A: '#2e9e4f', B: '#8cc152', C: '#f39c12', D: '#d62c1a', UNASSESSED: '#9aa0a6',
};

export const SEISMIC_COLOURS = { 6: '#fff5cc', 7: '#ffd27f', 8: '#f29e4c', 9: '#d9534f' };

export const FLOOD_COLOURS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];

export function isOccupiedDanger(p) {
  return (p.grade === 'C' || p.grade === 'D') && (p.occupancy === 'OCCUPIED' || p.occupancy === 'SEASONAL');
}

/**
 * Circle marker style of a house feature: colour by grade, a black rim when people live in a C/D
 * house. Markers grow with the zoom so a county-wide view stays readable.
 */
export function houseStyle(p, zoom) {
  const danger = isOccupiedDanger(p);
  const close = zoom >= 14;
  return {
    radius: danger ? (close ? 7 : 4) : (close ? 4 : 2.5),
    color: danger ? '#000' : '#ffffff',
    weight: danger ? (close ? 3 : 1.5) : 1,
    fillColor: GRADE_COLOURS[p.grade] ?? GRADE_COLOURS.UNASSESSED,
    fillOpacity: 0.9,
  };
}
