package dev.inventoryimport.settings;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored run-time setting. */
@Entity
@Table(name = "setting")
public class SettingRow {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected SettingRow() {
    }

    SettingRow(Setting setting, String value, LocalDateTime updatedAt) {
        this.name = setting.name();
        this.value = value;
        this.updatedAt = updatedAt;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void change(String value, LocalDateTime at) {
        this.value = value;
        this.updatedAt = at;
    }
}
