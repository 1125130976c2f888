// Code written against openai-node's Images surface (the seed reference page 001), with only the
// import specifiers changed from 'openai' to 'openai-images': it must type-check unchanged.
import fs from 'node:fs';
import OpenAI, { toFile } from 'openai-images';
import type { ImageGenerateParams, ImagesResponse } from 'openai-images/resources/images';

const client = new OpenAI({ apiKey: 'My API Key', maxRetries: 0, timeout: 20 * 1000 });

export async function main(): Promise<void> {
  const res = await client.images.generate({
    prompt: 'A cute baby sea otter',
    model: 'gpt-image-1',
    n: 1,
    size: '1024x1024',
    quality: 'high',
  });
  const typed: ImagesResponse = res;
  console.log(typed.created, res.data?.[0]?.b64_json, res.usage?.total_tokens, res._request_id);

  const stream = await client.images.generate({ prompt: 'A cute baby sea otter', stream: true, partial_images: 2 });
  for await (const event of stream) {
    switch (event.type) {
      case 'image_generation.partial_image':
        console.log(event.partial_image_index, event.b64_json.length);
        break;
      case 'image_generation.completed':
        console.log(event.usage.total_tokens);
        break;
      default: {
        const exhaustive: never = event;
        console.log(exhaustive);
      }
    }
  }
  stream.controller.abort();

  const edited = await client.images.edit({
    image: fs.createReadStream('otter.png'),
    prompt: 'A cute baby sea otter wearing a beret',
  });
  const several = await client.images.edit({
    image: [await toFile(fs.createReadStream('a.png'), null, { type: 'image/png' }), await toFile(Buffer.from('x'), 'b.png')],
    prompt: 'p',
    mask: fs.createReadStream('mask.png'),
  });
  const editStream = await client.images.edit({ image: fs.createReadStream('otter.png'), prompt: 'p', stream: true });
  for await (const event of editStream) {
    if (event.type === 'image_edit.completed') console.log(event.b64_json);
  }
  const variation = await client.images.createVariation({ image: fs.createReadStream('otter.png'), n: 2 });
  console.log(edited.data, several.data, variation.data);

  const { data, response, request_id } = await client.images.generate({ prompt: 'p' }).withResponse();
  const raw: Response = await client.images.generate({ prompt: 'p' }).asResponse();
  console.log(data.created, response.status, request_id, raw.headers.get('x-request-id'));

  const params: OpenAI.Images.ImageGenerateParams = { prompt: 'p', response_format: 'b64_json' };
  const model: OpenAI.ImageModel = 'dall-e-3';
  const other: ImageGenerateParams = { prompt: 'p', model: 'a-model-from-the-future' };
  console.log(params, model, other);

  try {
    await client.images.generate({ prompt: 'p' }, { timeout: 5000, maxRetries: 1, headers: { 'X-Custom': '1' } });
  } catch (err) {
    if (err instanceof OpenAI.APIError) {
      console.log(err.status, err.requestID, err.headers, err.error, err.code, err.param, err.type);
    } else if (err instanceof OpenAI.APIConnectionError) {
      console.log(err.message);
    }
  }
}
