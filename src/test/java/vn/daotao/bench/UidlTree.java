package vn.daotao.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side of Vaadin's state tree as a browser keeps it: the {@code changes} of each UIDL response
 * applied in order (attach, detach, put, remove, splice), so that a load client can find a component's node id
 * the way the browser does (by its element id, or by walking up from a child). Only what a client needs to
 * address components is kept: tag, element id, properties, the parent and the children.
 */
public final class UidlTree {

    /** Flow's node features, as numbered in its client: element data, properties, children, attributes. */
    private static final int ELEMENT_DATA = 0;

    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;

    static final ObjectMapper JSON = JsonMapper.builder().build();

    public static final class Node {
        final int id;
        String tag;
        Integer parent;
        final List<Integer> children = new ArrayList<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public Optional<String> property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> byElementId = new HashMap<>();

    /** Applies a UIDL message: the {@code uidl} object of an init response or one message of a UIDL response. */
    public void apply(JsonNode uidl) {
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> detach(id);
                case "put" -> put(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> {
                    // "remove" (a property or attribute taken away) changes nothing we look up by.
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void detach(int id) {
        Node gone = nodes.remove(id);
        if (gone != null) {
            gone.attributes.computeIfPresent("id", (k, v) -> {
                byElementId.remove(v, id);
                return v;
            });
        }
    }

    private void put(Node node, JsonNode change) {
        int feature = change.get("feat").asInt();
        String key = change.get("key").asString();
        JsonNode value = change.get("value");
        if (feature == ELEMENT_DATA && key.equals("tag")) {
            node.tag = value.asString();
        } else if (feature == PROPERTIES) {
            node.properties.put(key, value == null ? change.get("nodeValue") : value);
        } else if (feature == TEXT && key.equals("text") && value != null) {
            node.text = value.asString();
        } else if (feature == ATTRIBUTES && value != null && value.isString()) {
            node.attributes.put(key, value.asString());
            if (key.equals("id")) {
                byElementId.put(value.asString(), node.id);
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        if (change.get("feat").asInt() != CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        JsonNode remove = change.get("remove");
        if (remove != null) {
            for (int i = 0; i < remove.asInt() && index < node.children.size(); i++) {
                node.children.remove(index);
            }
        }
        JsonNode add = change.has("addNodes") ? change.get("addNodes") : change.get("add");
        if (add != null) {
            int at = index;
            for (JsonNode child : add) {
                int childId = child.asInt();
                node.children.add(Math.min(at++, node.children.size()), childId);
                node(childId).parent = node.id;
            }
        }
    }

    /** The node of the element with this {@code id} attribute, if it is attached. */
    public Optional<Node> byId(String elementId) {
        return Optional.ofNullable(byElementId.get(elementId)).map(nodes::get);
    }

    public Node require(String elementId) {
        return byId(elementId)
                .orElseThrow(() -> new IllegalStateException("no element #" + elementId + " on the page"));
    }

    /** The nearest ancestor (or the node itself) with this tag. */
    public Optional<Node> closest(Node from, String tag) {
        for (Node n = from; n != null; n = n.parent == null ? null : nodes.get(n.parent)) {
            if (tag.equals(n.tag)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The text of a node and its descendants, in order, as {@code textContent} reads it. */
    public String text(Node from) {
        StringBuilder out = new StringBuilder();
        appendText(from, out);
        return out.toString();
    }

    private void appendText(Node n, StringBuilder out) {
        if (n.text != null) {
            out.append(n.text);
        }
        n.property("innerHTML").ifPresent(html -> out.append(unescape(html.replaceAll("<[^>]*>", ""))));
        for (int child : n.children) {
            Node c = nodes.get(child);
            if (c != null) {
                appendText(c, out);
            }
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** How many nodes of each tag the UI holds, most first (text nodes and the like as "(none)"). */
    public Map<String, Integer> tagCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        nodes.values().forEach(n -> counts.merge(n.tag == null ? "(none)" : n.tag, 1, Integer::sum));
        return counts;
    }

    public int size() {
        return nodes.size();
    }
}
