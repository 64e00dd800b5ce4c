package jp.kochi.vrm.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The production realm file with the demo overlay laid over it, for the run command and the integration tests
 * (Keycloak imports one file per realm). The rules, enough for a hand-written realm file:
 * <ul>
 * <li>an object is merged key by key;</li>
 * <li>an array of named objects (a role's {@code name}, a user's {@code username}, a client's {@code clientId}, a
 * flow's or authenticator configuration's {@code alias}) takes the overlay's element in place of the production
 * one of the same name, whole, and appends the others;</li>
 * <li>any other value, including an array of unnamed elements, is the overlay's.</li>
 * </ul>
 */
public final class RealmOverlay {

    /** The demo overlay, in a folder of its own so that a copy of {@code realm-export/*.json} never takes it. */
    public static final String DEMO_OVERLAY = "demo/kochi-vrm-demo-overlay.json";

    /** The keys that name an element of a realm file's arrays, in the order they are tried. */
    static final List<String> NAME_KEYS = List.of("alias", "clientId", "username", "name");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RealmOverlay() {
    }

    /** Writes {@code realm} with {@code overlay} laid over it to {@code target}. */
    public static void write(Path realm, Path overlay, Path target) throws IOException {
        ObjectNode merged = merge(read(realm), read(overlay));
        Files.write(target, JSON.writeValueAsBytes(merged));
    }

    static ObjectNode read(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        if (!(node instanceof ObjectNode object)) {
            throw new IOException(file + " is not a JSON object");
        }
        return object;
    }

    /** A new realm: {@code realm} with {@code overlay} laid over it; neither argument is changed. */
    public static ObjectNode merge(ObjectNode realm, ObjectNode overlay) {
        JsonNode base = realm.get("realm");
        JsonNode over = overlay.get("realm");
        if (base != null && over != null && !base.equals(over)) {
            throw new IllegalArgumentException("The overlay is for realm " + over + ", not " + base);
        }
        return mergeObjects(realm.deepCopy(), overlay);
    }

    private static ObjectNode mergeObjects(ObjectNode target, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing instanceof ObjectNode o && value instanceof ObjectNode v) {
                mergeObjects(o, v);
            } else if (existing instanceof ArrayNode a && value instanceof ArrayNode v && named(a) && named(v)) {
                mergeNamed(a, v);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
        return target;
    }

    private static void mergeNamed(ArrayNode target, ArrayNode overlay) {
        for (JsonNode element : overlay) {
            int at = indexOf(target, element);
            if (at < 0) {
                target.add(element.deepCopy());
            } else {
                target.set(at, element.deepCopy());
            }
        }
    }

    private static int indexOf(ArrayNode array, JsonNode element) {
        String key = nameKey(element);
        for (int i = 0; i < array.size(); i++) {
            if (key.equals(nameKey(array.get(i))) && array.get(i).get(key).equals(element.get(key))) {
                return i;
            }
        }
        return -1;
    }

    /** Every element an object with a name (an empty array counts: it takes the other's elements). */
    private static boolean named(ArrayNode array) {
        for (JsonNode element : array) {
            if (nameKey(element) == null) {
                return false;
            }
        }
        return true;
    }

    private static String nameKey(JsonNode element) {
        if (!element.isObject()) {
            return null;
        }
        return NAME_KEYS.stream().filter(k -> element.path(k).isTextual()).findFirst().orElse(null);
    }
}
