/** Thrown when the input cannot be processed at all (empty, binary, too large). */
export class ExtractionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionInputError";
  }
}
