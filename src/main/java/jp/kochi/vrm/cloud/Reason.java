package jp.kochi.vrm.cloud;

import java.util.List;

/** One step of the ceiling's reasoning, or one way to allow more: a message key and its (text) arguments. */
public record Reason(String key, List<String> args) {

    public static Reason of(String key, String... args) {
        return new Reason(key, List.of(args));
    }

    /** The arguments as an array, for message formatting. */
    public Object[] arguments() {
        return args.toArray();
    }
}
