// Colours shared by layers and legend.
export const GRADE_COLOURS = {
  A: '#2e9e4f', B: '#8cc152', C: '#f39c12', D: '#d62c1a', UNASSESSED: '#9aa0a6',
};

/**
 * 抗震设防烈度 fills: one hue (ColorBrewer Purples, colour-blind safe) in steps of lightness far
 * enough apart that 7° and 8° differ in grey too (issue 16: the old yellow/orange pair did not), and
 * away from the grade colours of the houses drawn on top. The legend uses the same fill and opacity.
 */
export const SEISMIC_COLOURS = { 6: '#dadaeb', 7: '#9e9ac8', 8: '#54278f', 9: '#2d004b' };
export const SEISMIC_FILL_OPACITY = 0.35;

export const FLOOD_COLOURS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/** Houses a disaster affects, by check priority (emergency.CheckPriority): 1 occupied D … 5 the rest. */
export const PRIORITY_COLOURS = { 1: '#a50f15', 2: '#f16913', 3: '#6a3d9a', 4: '#2b8cbe', 5: '#bdbdbd' };

export function isOccupiedDanger(p) {
  return (p.grade === 'C' || p.grade === 'D') && (p.occupancy === 'OCCUPIED' || p.occupancy === 'SEASONAL');
}

/** Ring around houses where a household of the six target categories lives. */
export const TARGET_COLOUR = '#7b3fa0';

/** Rings around houses with an open case, by how pressing the next deadline is (see casework.Urgency). */
export const URGENCY_COLOURS = {
  OVERDUE: '#c0392b', DUE_SOON: '#e67e22', ON_TIME: '#2471a3', NONE: '#7f8c8d',
};
