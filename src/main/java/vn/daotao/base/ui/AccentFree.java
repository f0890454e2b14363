package vn.daotao.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Function;
import vn.daotao.base.text.SearchText;

/**
 * A combo box filter that ignores accents and case, as the people pickers do: "ke hoach" finds "Kế hoạch",
 * "dang" finds "Đảng".
 */
public final class AccentFree {

    private AccentFree() {}

    public static <T> ComboBox.ItemFilter<T> filter(Function<T, String> text) {
        return (item, typed) -> SearchText.fold(text.apply(item)).contains(SearchText.fold(typed));
    }
}
