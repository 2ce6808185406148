package io.tandem.matching.relationship;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One meeting or activity of the pair; the latest date drives inactivity reports. */
@Entity
@Table(name = "relationship_meeting")
public class Meeting extends TenantOwned {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MeetingChannel")
    public enum Channel {
        @JsonProperty("in-person") IN_PERSON,
        @JsonProperty("video") VIDEO,
        @JsonProperty("phone") PHONE,
        @JsonProperty("chat") CHAT,
        @JsonProperty("other") OTHER
    }

    @Column(nullable = false, updatable = false)
    public UUID relationshipId;

    @Column(nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> topics;

    public String note;

    @Column(nullable = false, updatable = false)
    public String loggedBy;
}
