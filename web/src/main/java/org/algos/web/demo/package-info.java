/**
 * The demo clinic's accounts and patients, created when algos.demo is true.
 */
package org.algos.web.demo;
