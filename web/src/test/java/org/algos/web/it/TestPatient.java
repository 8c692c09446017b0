package org.algos.web.it;

/** A patient a test registered for itself through the API. */
record TestPatient(long id, String mrn, String givenName, String familyName) {

    /** As the chart, search results and worklists show it: "Family, Given". */
    String chartName() {
        return familyName + ", " + givenName;
    }

    /** As task lists and the patient's own pages show it: "Given Family". */
    String fullName() {
        return givenName + " " + familyName;
    }

    String path() {
        return "api/patients/" + id;
    }
}
