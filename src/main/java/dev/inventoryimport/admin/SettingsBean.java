package dev.inventoryimport.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.inventoryimport.admin.view.FieldMarks;
import dev.inventoryimport.admin.view.Messages;
import dev.inventoryimport.admin.view.SettingFields;
import dev.inventoryimport.settings.RuntimeSettings;
import dev.inventoryimport.settings.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The run-time settings, edited as one form; saved to the database and in effect at once. */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RuntimeSettings settings;

    @Inject
    ConsoleActions actions;

    /** Form values by setting name (a map keyed by strings binds simply in EL). */
    private final Map<String, String> values = new java.util.LinkedHashMap<>();

    @PostConstruct
    void init() {
        values.clear();
        settings.all().forEach((setting, value) -> values.put(setting.name(), value));
    }

    public void save() {
        Map<Setting, String> edited = new EnumMap<>(Setting.class);
        values.forEach((name, value) -> edited.put(Setting.valueOf(name), value));
        // Checked here first, to name each refused field by its label and mark it.
        List<String> refusals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        edited.forEach((setting, value) -> SettingFields.refusal(setting, value).ifPresent(reason -> {
            refusals.add(reason);
            fields.add("settings:" + SettingFields.of(setting).inputId());
        }));
        if (!refusals.isEmpty()) {
            FieldMarks.refuse("Not saved: " + String.join("; ", refusals), fields.toArray(String[]::new));
            return;
        }
        try {
            List<Setting> changed = actions.changeSettings(edited);
            Messages.info(changed.isEmpty() ? "No setting changed"
                    : "Saved " + changed.stream().map(s -> SettingFields.of(s).label())
                    .collect(Collectors.joining(", ")) + "; in effect now");
            init();
        } catch (IllegalArgumentException refused) {
            Messages.error("Not saved: " + refused.getMessage());
        }
    }

    public Map<String, String> getValues() {
        return values;
    }
}
