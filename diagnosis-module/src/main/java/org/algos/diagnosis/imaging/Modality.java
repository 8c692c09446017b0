package org.algos.diagnosis.imaging;

import java.util.Locale;

/** Imaging modality of a study. */
public enum Modality {
    XRAY, MRI, CT, ULTRASOUND, BONE_SCAN, SPECT_CT, FLUOROSCOPY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
