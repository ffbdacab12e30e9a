package org.leadercontacts.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A source document, kept verbatim: the ground truth every other fact points into. */
@Entity
public class SourceDocument extends PanacheEntity {

    /** Optimistic lock: checked and incremented by every edit. */
    @Version
    public int version;

    @NotBlank
    public String slug;

    @NotBlank
    public String fileName;

    @Pattern(regexp = "[0-9a-f]{64}")
    public String sha256;

    public String title;

    @NotBlank
    public String publisher;

    public String url;

    /** A PartialDate string; null when the document does not say. */
    public String publishedOn;

    public String publishedText;

    @NotBlank
    public String language;

    public String note;

    @NotBlank
    @Column(columnDefinition = "text")
    public String content;

    public static SourceDocument findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
