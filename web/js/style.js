// Colours shared by layers and legend.
export const GRADE_COLOURS = {
  A: '#2e9e4f', B: '#8cc152', C: '#f39c12', D: '#d62c1a', UNASSESSED: '#9aa0a6',
};

export const SEISMIC_COLOURS = { 6: '#fff5cc', 7: '#ffd27f', 8: '#f29e4c', 9: '#d9534f' };

export const FLOOD_COLOURS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];

export function isOccupiedDanger(p) {
  return (p.grade === 'C' || p.grade === 'D') && (p.occupancy === 'OCCUPIED' || p.occupancy === 'SEASONAL');
}

/** Circle marker style of a house feature: colour by grade, a thick black rim when people live in a C/D house. */
export function houseStyle(p) {
  const danger = isOccupiedDanger(p);
  return {
    radius: danger ? 7 : 4,
    color: danger ? '#000' : '#ffffff',
    weight: danger ? 3 : 1,
    fillColor: GRADE_COLOURS[p.grade] ?? GRADE_COLOURS.UNASSESSED,
    fillOpacity: 0.9,
  };
}
