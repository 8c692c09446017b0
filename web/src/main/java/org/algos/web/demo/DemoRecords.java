package org.algos.web.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the patients' stories write with: one writer and the records of each module, sharing the rules' facts. */
record DemoRecords(DemoWriter w, DiagnosisHistory dx, InterventionHistory ix, CareHistory care,
                   CarePlanHistory plans) {

    static DemoRecords on(DemoWriter w) {
        DemoFacts facts = new DemoFacts();
        return new DemoRecords(w, new DiagnosisHistory(w, facts), new InterventionHistory(w, facts),
                new CareHistory(w, facts), new CarePlanHistory(w));
    }

    LocalDate today() {
        return w.today();
    }

    LocalDateTime at(LocalDate day, int hour, int minute) {
        return w.at(day, hour, minute);
    }
}
