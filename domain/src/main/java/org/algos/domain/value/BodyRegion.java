package org.algos.domain.value;

import java.util.Locale;

/**
 * Regions of the pain body map. Side is kept apart in {@link Laterality}, so a region names
 * a place once ("knee") and a finding says which knee.
 */
public enum BodyRegion {
    HEAD("Head"),
    FACE("Face and jaw"),
    NECK("Neck"),
    SHOULDER("Shoulder"),
    UPPER_ARM("Upper arm"),
    ELBOW("Elbow"),
    FOREARM("Forearm"),
    WRIST_HAND("Wrist and hand"),
    CHEST("Chest"),
    ABDOMEN("Abdomen"),
    UPPER_BACK("Upper back (thoracic)"),
    LOWER_BACK("Lower back (lumbar)"),
    SACROILIAC("Sacroiliac region"),
    BUTTOCK("Buttock"),
    PELVIS_GROIN("Pelvis and groin"),
    HIP("Hip"),
    THIGH("Thigh"),
    KNEE("Knee"),
    LOWER_LEG("Lower leg"),
    ANKLE_FOOT("Ankle and foot");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
