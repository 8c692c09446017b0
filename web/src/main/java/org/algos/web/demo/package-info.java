/**
 * The demo clinic, created when algos.demo is true: accounts, patients and care teams, and a year
 * of the patients' history written by the modules' own rules (unless algos.demo.history is false).
 */
package org.algos.web.demo;
