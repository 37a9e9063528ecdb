package org.missionkg.spark;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output, one file per partition, named {@code part-r-NNNNN.nq}: each record is
 * one article's N-Quads (lines without the last newline, which the format adds). Written through
 * Hadoop's output committer, so a failed or repeated task leaves no partial file behind.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {
    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, ".nq" + extension);
    }
}
