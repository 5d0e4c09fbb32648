// The smallest PNG the size reader accepts, for tests of image sizes.

/** A PNG header claiming `width` × `height`: enough for the size reader. */
export function png(width: number, height: number): Buffer {
  const header = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  const size = Buffer.alloc(8);
  size.writeUInt32BE(width, 0);
  size.writeUInt32BE(height, 4);
  return Buffer.concat([header, size, Buffer.from("0806000000", "hex"), Buffer.alloc(4)]);
}
