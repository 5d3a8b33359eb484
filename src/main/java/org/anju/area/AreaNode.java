package org.anju.area;

import java.util.ArrayList;
import java.util.List;

/** One node of the administrative tree as the API returns it (no geometry). */
record AreaNode(String code, String name, AreaLevel level, String levelLabel, List<AreaNode> children) {

    AreaNode(String code, String name, AreaLevel level) {
        this(code, name, level, level.label(), new ArrayList<>());
    }
}
