/**
 * The patient's pain diary: one entry a day with pain, sleep, activity and medicines taken.
 */
package org.algos.careplan.diary;
