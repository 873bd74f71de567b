// Plain L2-regularised logistic regression by full-batch gradient descent (Adam): small enough to
// read, deterministic, no dependency.
export interface LogisticModel {
  weights: number[];
  bias: number;
}

export function trainLogistic(
  rows: number[][],
  labels: number[],
  options: { epochs?: number; l2?: number; rate?: number; positiveWeight?: number } = {},
): LogisticModel {
  const dims = rows[0]?.length ?? 0;
  const epochs = options.epochs ?? 3000;
  const l2 = options.l2 ?? 1e-3;
  const rate = options.rate ?? 0.05;
  const pw = options.positiveWeight ?? 1;
  const w = new Array<number>(dims + 1).fill(0);
  const m = new Array<number>(dims + 1).fill(0);
  const v = new Array<number>(dims + 1).fill(0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Array<number>(dims + 1).fill(0);
    let totalWeight = 0;
    for (let r = 0; r < rows.length; r++) {
      const x = rows[r] as number[];
      let z = w[dims] as number;
      for (let d = 0; d < dims; d++) z += (w[d] as number) * (x[d] as number);
      const p = 1 / (1 + Math.exp(-z));
      const y = labels[r] as number;
      const weight = y === 1 ? pw : 1;
      totalWeight += weight;
      const err = (p - y) * weight;
      for (let d = 0; d < dims; d++) grad[d] = (grad[d] as number) + err * (x[d] as number);
      grad[dims] = (grad[dims] as number) + err;
    }
    for (let d = 0; d <= dims; d++) {
      let g = (grad[d] as number) / totalWeight;
      if (d < dims) g += l2 * (w[d] as number);
      m[d] = 0.9 * (m[d] as number) + 0.1 * g;
      v[d] = 0.999 * (v[d] as number) + 0.001 * g * g;
      const mh = (m[d] as number) / (1 - 0.9 ** epoch);
      const vh = (v[d] as number) / (1 - 0.999 ** epoch);
      w[d] = (w[d] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { weights: w.slice(0, dims), bias: w[dims] as number };
}

export function predict(model: LogisticModel, x: number[]): number {
  let z = model.bias;
  for (let d = 0; d < x.length; d++) z += (model.weights[d] ?? 0) * (x[d] as number);
  return 1 / (1 + Math.exp(-z));
}
