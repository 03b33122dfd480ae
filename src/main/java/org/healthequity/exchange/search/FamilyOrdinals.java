package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.jspecify.annotations.Nullable;

/**
 * Each family of translations ({@link SearchDocument#group()}) numbered across the whole index, once per index reader:
 * counting the families among a search's matches then sets a bit per matching member instead of copying and hashing
 * its key.
 */
final class FamilyOrdinals {

    private final Map<IndexReader.CacheKey, Global> cache = new ConcurrentHashMap<>();

    /** The families' numbers for one reader: how many there are, and each segment's ordinals mapped to them. */
    record Global(int count, @Nullable OrdinalMap map) {

        LongValues ofLeaf(int leaf) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
        }
    }

    Global of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader, null);
        }
        Global cached = cache.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        Global built = build(reader, helper.getKey());
        cache.put(helper.getKey(), built);
        helper.addClosedListener(cache::remove);
        return built;
    }

    private static Global build(IndexReader reader, IndexReader.@Nullable CacheKey key) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            SortedDocValues leaf = leaves.get(i).reader().getSortedDocValues(Documents.GROUP);
            values[i] = leaf == null ? DocValues.emptySorted() : leaf;
        }
        if (values.length == 0) {
            return new Global(0, null);
        }
        if (values.length == 1) {
            return new Global(values[0].getValueCount(), null);
        }
        OrdinalMap map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
        return new Global((int) Math.min(Integer.MAX_VALUE, map.getValueCount()), map);
    }
}
