/**
 * The deterministic generator of the synthetic sample county (示例县) that Anju ships with.
 *
 * <p>The county is modelled on the setting of 新绛县 (Xinjiang County, Yuncheng, Shanxi, 140825):
 * the Fen river (汾河) crossing it from east to west, the county seat 龙兴镇 on its north bank,
 * loess terraces to the north and the 峨嵋岭 tableland with cave dwellings (窑洞) to the south.
 * Everything it writes — outline, boundaries, houses, households, names, ID numbers, phones — is
 * <em>synthetic</em>: plausible, internally consistent, and not a record of any real place or
 * person.
 *
 * <p>The same seed and size always give byte-identical files. Output is streamed village by
 * village, so memory grows with the largest village, not with the county.
 *
 * <p>Entry point: {@link org.anju.sample.generator.SampleCountyGenerator}.
 */
package org.anju.sample.generator;
