package io.tandem.analytics.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Simple mediation by ordinary least squares with one or more predictors X entered together (Hayes 2013,
 * ch. 3; psych::mediate): a = X→M (M ~ X + covariates), b = M→Y and c' = X→Y given M
 * (Y ~ X + M + covariates), c = X→Y (Y ~ X + covariates); the indirect effect of each X is a·b (= c − c'
 * for one X without covariates). Its interval is the percentile bootstrap (R's quantile type 7 of the
 * resampled a·b): units are resampled with replacement, or whole clusters (a mentor's protégés) when
 * clusters are given, so dependent units move together. Resamples are seeded: the same data, B and seed
 * give the same interval on any machine, split into fixed blocks of resamples each with its own
 * generator so running them on several cores changes nothing. The completely standardized indirect
 * effect is a·b·SD(X)/SD(Y) (Preacher &amp; Kelley 2011). The proportion mediated a·b/c is given only when
 * the interval of c excludes 0; fewer than 80 units is flagged as underpowered (Fritz &amp; MacKinnon 2007:
 * about 80 units give .8 power for medium a and b with the percentile bootstrap).
 * Checked against psych::mediate on Tal_Or and OLS on mediation::jobs in MediationTest.
 */
public final class Mediation {

    public static final int UNDERPOWERED_BELOW = 80;
    public static final String METHOD = "OLS paths; percentile bootstrap of a·b";
    private static final int BLOCK = 250;

    private Mediation() {
    }

    /** The data: per unit its predictors, mediator, outcome, covariates and cluster (null: each unit its own). */
    public record Data(String[] predictors, double[][] x, double[] m, double[] y, String[] covariates, double[][] z, int[] cluster) {
    }

    /** @param bootstrapP two-sided: twice the smaller share of resampled a·b on either side of 0 (at most 1) */
    public record Effect(String predictor, LinearModel.Coefficient a, LinearModel.Coefficient direct, LinearModel.Coefficient total,
                         double indirect, double low, double high, double bootstrapMean, double bootstrapSd, double bootstrapP,
                         double standardizedIndirect, Double proportionMediated) {
    }

    public record Result(List<Effect> effects, LinearModel.Coefficient b, long n, int clusters, int resamples, int failedResamples,
                         long seed, double level, boolean underpowered, String method) {
    }

    public static Result estimate(Data data, int resamples, long seed, double level) {
        int n = data.y().length;
        int k = data.predictors().length;
        int c = data.covariates().length;
        // Variables in the moments: X_1..X_k, Z_1..Z_c, M, Y
        int mediator = k + c;
        int outcome = k + c + 1;
        String[] names = new String[k + c + 2];
        System.arraycopy(data.predictors(), 0, names, 0, k);
        System.arraycopy(data.covariates(), 0, names, k, c);
        names[mediator] = "mediator";
        names[outcome] = "outcome";
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] row = new double[k + c + 2];
            System.arraycopy(data.x()[i], 0, row, 0, k);
            if (c > 0) {
                System.arraycopy(data.z()[i], 0, row, k, c);
            }
            row[mediator] = data.m()[i];
            row[outcome] = data.y()[i];
            rows[i] = row;
        }
        double[] centre = means(rows);
        Moments[] clusters = clusterMoments(rows, centre, data.cluster());
        Moments all = new Moments(names.length);
        for (Moments cluster : clusters) {
            all.add(cluster, 1);
        }
        int[] xz = range(0, k + c);
        int[] xzm = append(xz, mediator);
        LinearModel.Fit aFit = LinearModel.fit(all, names, xz, mediator, level);
        LinearModel.Fit bFit = LinearModel.fit(all, names, xzm, outcome, level);
        LinearModel.Fit cFit = LinearModel.fit(all, names, xz, outcome, level);
        LinearModel.Coefficient b = bFit.coefficient("mediator");

        double[][] draws = new double[k][resamples];
        int blocks = (resamples + BLOCK - 1) / BLOCK;
        long[] blockSeeds = new SplittableRandom(seed).longs(blocks).toArray();
        boolean[] ok = new boolean[resamples];
        ForkJoinPool.commonPool().submit(() -> IntStream.range(0, blocks).parallel().forEach(block -> {
            SplittableRandom random = new SplittableRandom(blockSeeds[block]);
            Moments resample = new Moments(names.length);
            int[] times = new int[clusters.length];
            for (int r = block * BLOCK; r < Math.min(resamples, (block + 1) * BLOCK); r++) {
                Arrays.fill(times, 0);
                for (int d = 0; d < clusters.length; d++) {
                    times[random.nextInt(clusters.length)]++;
                }
                resample.clear();
                for (int j = 0; j < clusters.length; j++) {
                    if (times[j] > 0) {
                        resample.add(clusters[j], times[j]);
                    }
                }
                double[] a = LinearModel.slopes(resample, xz, mediator);
                double[] bc = LinearModel.slopes(resample, xzm, outcome);
                if (a == null || bc == null) {
                    continue;
                }
                ok[r] = true;
                for (int x = 0; x < k; x++) {
                    draws[x][r] = a[x + 1] * bc[bc.length - 1];
                }
            }
        })).join();
        int good = 0;
        for (boolean kept : ok) {
            good += kept ? 1 : 0;
        }

        double sdY = sd(rows, outcome);
        List<Effect> effects = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            double[] kept = new double[good];
            int g = 0;
            for (int r = 0; r < resamples; r++) {
                if (ok[r]) {
                    kept[g++] = draws[x][r];
                }
            }
            LinearModel.Coefficient a = aFit.coefficient(names[x]);
            LinearModel.Coefficient direct = bFit.coefficient(names[x]);
            LinearModel.Coefficient total = cFit.coefficient(names[x]);
            double indirect = a.estimate() * b.estimate();
            boolean totalClear = total.low() > 0 || total.high() < 0;
            effects.add(new Effect(names[x], a, direct, total, indirect,
                    good == 0 ? Double.NaN : Descriptives.quantile(kept, (1 - level) / 2),
                    good == 0 ? Double.NaN : Descriptives.quantile(kept, 1 - (1 - level) / 2),
                    good == 0 ? Double.NaN : Descriptives.mean(kept), good < 2 ? Double.NaN : Descriptives.sd(kept), bootstrapP(kept),
                    indirect * sd(rows, x) / sdY, totalClear ? indirect / total.estimate() : null));
        }
        return new Result(effects, b, n, clusters.length, resamples, resamples - good, seed, level, clusters.length < UNDERPOWERED_BELOW, METHOD);
    }

    private static double bootstrapP(double[] draws) {
        if (draws.length == 0) {
            return Double.NaN;
        }
        int below = 0;
        int above = 0;
        for (double d : draws) {
            below += d <= 0 ? 1 : 0;
            above += d >= 0 ? 1 : 0;
        }
        return Math.min(1, 2.0 * Math.min(below, above) / draws.length);
    }

    /** One set of moments per cluster (or per unit), of the rows centred on the overall means. */
    private static Moments[] clusterMoments(double[][] rows, double[] centre, int[] cluster) {
        Map<Integer, Moments> byCluster = new LinkedHashMap<>();
        double[] centred = new double[centre.length];
        for (int i = 0; i < rows.length; i++) {
            for (int v = 0; v < centre.length; v++) {
                centred[v] = rows[i][v] - centre[v];
            }
            byCluster.computeIfAbsent(cluster == null ? i : cluster[i], key -> new Moments(centre.length)).add(centred);
        }
        return byCluster.values().toArray(Moments[]::new);
    }

    private static double[] means(double[][] rows) {
        double[] mean = new double[rows[0].length];
        for (double[] row : rows) {
            for (int v = 0; v < row.length; v++) {
                mean[v] += row[v] / rows.length;
            }
        }
        return mean;
    }

    private static double sd(double[][] rows, int variable) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][variable];
        }
        return Descriptives.sd(values);
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static int[] append(int[] values, int value) {
        int[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = value;
        return more;
    }
}
