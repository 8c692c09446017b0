/** What every entity shares on its way to the database: the column-length check, and H2's triggers. */
package org.algos.domain.persistence;
