import base64
import os
import tempfile

from openai_images import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY and OPENAI_BASE_URL

result = client.images.generate(model="gpt-image-1", prompt="A cute baby sea otter", size="1024x1024")
image = base64.b64decode(result.data[0].b64_json)
path = os.path.join(tempfile.gettempdir(), "otter.png")  # not in your working folder
with open(path, "wb") as f:
    f.write(image)
print(f"saved {path} ({len(image)} bytes, {result.usage.total_tokens} tokens)")

stream = client.images.generate(model="gpt-image-1", prompt="A cute baby sea otter", stream=True, partial_images=2)
with stream:
    for event in stream:
        if event.type == "image_generation.partial_image":
            print(f"partial image {event.partial_image_index}: {len(event.b64_json)} base64 chars")
        else:
            print(f"completed: {len(event.b64_json)} base64 chars, {event.usage.total_tokens} tokens")
