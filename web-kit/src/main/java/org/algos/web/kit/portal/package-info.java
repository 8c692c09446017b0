/**
 * What every slice's portal beans share: the signed-in user, messages, formatting, trend charts,
 * the chart-section contract and the chart summary's tiles.
 */
package org.algos.web.kit.portal;
