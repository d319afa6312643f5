package fr.isoc.groupeiot.membership;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stakeholder college (public sector, civil society, industry, technical community, academia). Every member
 * belongs to one and it is stamped on their contributions. Names are translated: see {@link #messageKey()}.
 */
@Entity
@Table(name = "college")
@Cacheable
public class College {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    protected College() {
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    /** Bundle key prefix of this college's name and one-line description. */
    public String messageKey() {
        return "college." + code;
    }
}
