package org.algos.careplan.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.algos.careplan.education.EducationLibrary;

/** How many of the clinic's education texts wait for approval, counted once per request. */
@Named
@RequestScoped
public class EducationDrafts {

    @Inject
    private EducationLibrary library;

    private Long waiting;

    public long getWaiting() {
        if (waiting == null) {
            waiting = library.draftsWaiting();
        }
        return waiting;
    }
}
