package org.anju.system;

/**
 * A domain enumeration whose constants carry the Chinese term used in the seed documents.
 * The English constant name is what the database and the API store; the label is what people read.
 */
public interface Labelled {

    /** The Chinese term (zh-CN), e.g. "土木" or "脱贫享受政策户". */
    String label();
}
