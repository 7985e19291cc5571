// Built-in phrase lexicon, written from domain knowledge of ML and physics vocabulary (not from labelled titles).
// Per topic: [weight, 'phrase|phrase|…']. Weights: 3 = decisive, 2 = strong, 1 = supporting, <1 = weak hint,
// negative = counter-evidence. Phrases are matched on stemmed words ("black holes" = "black hole");
// a trailing '*' matches any word starting with the stem ("superconduct*"), a leading '*' any word ending with it.
// The longest phrase at a position wins and consumes its words, so "quantum field theory" counts for hep only.

export type WeightedPhrases = Array<[number, string]>;

/** Words of any empirical work, natural science or not (see the science topic). */
const LAB_WORDS: WeightedPhrases = [[2, 'experiment*'], [1, 'simulation*|simulate|simulating|energies|energy|imaging']];

/** What a natural science studies (AI for science = these + machine learning; see GATES). */
const SCIENCE_DOMAINS: WeightedPhrases = [
    [3, 'molecule|molecules|molecular generation|molecular property|protein*|drug discovery|drug design|materials discovery|materials science|chemistry|chemical|crystal structure prediction|interatomic potential*|machine learning potential*|machine-learned potential*|machine-learning potential*|neural network potential*|force field*|quantum chemistry|catalyst*|catalysis|genomic*|single-cell|gene expression|biology|biological|enzyme*|rna|dna|antibod*|ligand*|docking|retrosynthesis|polymer*|electrolyte*|battery|batteries|scientific machine learning|ai for science|scientific discovery|machine learning for physics|ml for physics|physics-informed neural network*|pinn|pinns|neural operator*|fourier neural operator|climate model*|weather prediction|earth system|neuroscience|cellular|peptide*|amino acid*|cryo-em|alphafold|materials design|inverse design|density functional theory|dft|ab initio|first-principles|first principles|molecular dynamics|computational chemistry|cheminformatics|bioinformatics|organic|crystal*|lattice qcd with machine learning|jet tagging|event generation|particle physics data|scientific data|scientific computing|surrogate model*|cell nucle*'],
    [2, 'molecular|materials|material|atoms|atomic|atomistic|physics-informed|physical system*|physical simulation*|climate|weather|fluid dynamics|turbulence|turbulent|cfd|brain|cells|cell|biomolecul*|electronic structure|spectroscopy|experimental data'],
    [1, 'scientific|conformation*|structure prediction|microscopy'],
    // Fluids, plasmas and earth sciences: learned simulators for them are AI for science.
    [2, 'navier-stokes|airfoil*|aerodynamic*|vortex shedding|reynolds number*|incompressible flow*|compressible flow*|fluid flow*|flow field*|fluid simulation*|computational fluid dynamics|plasma*|tokamak*|fusion reactor*|gyrokinetic*|combustion|geophysic*|seismic|ocean*|atmospher*|hydrolog*|glacier*|ecolog*|epidemiolog*'],
    // Weather and climate forecasting is atmospheric science (merged with time series, which keeps "forecast").
    [3, 'weather forecast*|weather forecasting|extreme weather|numerical weather prediction|climate forecast*|reanalysis|precipitation nowcasting'],
    // Earth-system phenomena forecast or emulated by learned models (sea ice, ENSO, cyclones, river runoff).
    [3, 'sea ice|el niño|el nino|enso|tropical cyclone*|hurricane*|typhoon*|rainfall|runoff|streamflow|climate downscaling|sea surface temperature*'],
    // Earthquakes, wildfires and the air: hazards and emissions that learned models detect or forecast.
    [3, 'earthquake*|full-waveform inversion|waveform inversion|methane|greenhouse gas*|air quality|air pollut*|wildfire*'],
    // Neuroscience data that learned models sort, decode or compress (spikes, calcium imaging, brain-computer interfaces).
    [3, 'spike sorting|calcium imaging|calcium-imaged|neuronal activity|neural activity|neuronal population*|neural population*|brain-computer interface*|neural decoding|electrophysiolog*|neural signal*'],
    // Recordings of the brain (EEG, fMRI) and the visual cortex that learned models decode or are compared with.
    [3, 'eeg|electroencephalogra*|fmri|functional mri|visual cortex'],
    // Learned solvers and reduced models of engineering physics (PDEs, finite elements, flows): ML for physics simulations.
    [3, 'deeponet|deep operator network*|operator network*|reduced-order model*|reduced order model*|model order reduction|unsteady flow*|mesh-based simulation*|finite element analysis|finite element method*|finite element simulation*'],
    [2, 'pde|pdes|partial differential equation*|finite element*'],
    // Soils, microbes, gene expression in tissue and nanophotonic devices: sciences whose data learned models fit or design for.
    [3, 'soil moisture|land surface|metagenom*|microbiom*|transcriptom*|nanophotonic*'],
    [2, 'metasurface*'],
    [2, 'downscaling'],
    // Metallurgy and crystallography: what materials-discovery papers measure and make.
    [2, 'alloy|alloys|steel|steels|metallurg*|x-ray diffraction|xrd|powder diffraction|inorganic'],
    [3, 'solid-state electrolyte*|solid-state batter*|solid-state nmr|solid-state chemistry|ionic conductivit*|ion transport'],
    // Discovering a law's equation from data is science whatever the law (annotators give time series only when the
    // data are trajectories of a dynamical system, which its own words then say).
    [2, 'symbolic regression|equation discovery|molecule generation'],
    // Physical systems that machine learning is applied to in statistical physics: phases and their snapshots, glassy
    // liquids (statmech keeps these words; the gate still needs machine learning for science).
    [2, 'ising model|ising transition*|spin configuration*|monte carlo snapshot*|snapshots|dynamical heterogeneit*|supercooled|glass-forming|free energy landscape|phases of matter|quantum gas microscope'],
    [3, 'coupled cluster|coupled-cluster|enhanced sampling|free energy calculation*|pde surrogate*|fusion plasma*|ai scientist|gene regulatory|materials informatics|chemical space|molecular simulation*|drug-like|reaction network*|chemical reaction*|quantum chemical|quantum-chemical'],
];

export const LEXICON: Record<string, WeightedPhrases> = {
  llm: [
    [3, 'language models|reasoning trace*|reasoning chain*|llm-as-a-judge|llm judge*|instruction data|preference data|context window|retrieval-augmented|chain of thought|self-consistency|code llm*|code language model*|language modeling|language modelling|reading comprehension|named entity recognition|information extraction|semantic parsing|chat model*|aligning language models|alignment of language models|alignment of large language models'],
    // Post-training is the LLM stage after pretraining ("post-training quantization" stays efficiency: longest match).
    [2, 'post-training|post-trained|on-policy distillation'],
    [2, 'math word problem*|frontier model*|open-source llm*|textual|reasoning length|response length|overthinking|efficient reasoning|reasoning efficiency|cot compression|chain-of-thought compression|thinking budget|multi-token prediction|draft model*|llm safety'],
    [3, 'large language model|language model|llm|llms|gpt*|chatgpt|instruction tuning|instruction-tuned|instruction following|chain-of-thought|in-context learning|prompt engineering|prompting|tokenizer|tokenization|next-token prediction|masked language model|bert|llama|qwen|deepseek|mistral|natural language processing|nlp|text generation|question answering|machine translation|retrieval-augmented generation|rag|hallucination*|reasoning model|test-time scaling|test-time compute|supervised fine-tuning|pretrained language|pre-trained language|small language model|slm'],
    [2, 'natural language|prompt|prompts|chatbot|dialogue|conversational|summarization|code generation|mathematical reasoning|text classification|sentiment|word embedding|linguistic*|long context|long-context|perplexity|fine-tuning|finetuning|pretraining|pre-training|open-weight|text-to-sql|multilingual'],
    [1, 'language|text|reasoning|token|tokens|instruction*|corpus|transformer|transformers|attention|autoregressive|alignment'],
    // Architecture words shared with foundation models of time series, images or molecules: only a hint of an LLM paper.
    [1, 'foundation model|decoder-only'],
    // Preference tuning is done to language models.
    [2, 'reinforcement learning from human feedback|rlhf|direct preference optimization|preference optimization|dpo|reward model overoptimization|policy model*|kl penalty'],
    // Verifiable rewards (answers checked by a program) are how reasoning language models are post-trained.
    [3, 'verifiable reward*|rlvr'],
    // Title openings that the data topic reads as an evaluation study still name language models (merged, so both count).
    [3, '^can large language models|^can language models|^do large language models|^are large language models'],
    // Behaviours and training stages only language models have: jailbreaks and refusals, reward models of RLHF, text
    // pretraining corpora, LLM serving (merged with safety, rl, data and efficiency, which keep these words too).
    [2, 'jailbreak*|refusal|refusals|over-refusal|reward model*|reward modeling|reward modelling|pretraining data|pre-training data|common crawl'],
    [3, 'llm serving|llm inference|spoken language model*|speech-language model*|speech language model*'],
    // Reward models that read a reasoning trace (process or generative verifiers) are LLM judges (rl keeps them too).
    [3, 'process reward model*|outcome reward model*|generative reward model*|generative process reward model*|generative verifier*|generative judge*|prm|prms'],
  ],
  vision: [
    [3, 'image classifier*|promptable segmentation|object detector*|yolo'],
    [3, "ransac|homography|structure from motion|structure-from-motion|multi-view stereo|multi-view geometry|epipolar|camera pose*|visual odometry|visual slam|geometric model fitting|robust fitting|image matching|feature matching|keypoint detection|open-vocabulary detection|panoptic segmentation|video object segmentation|image denoising|deblurring|low-light enhancement|image quality assessment|visual tracking|multi-object tracking|person re-identification|deep metric learning|optical character recognition|image registration|masked image modeling|frame interpolation|video prediction|human mesh recovery|hand pose|bird's-eye view|monocular|dense prediction|visual encoder*|image encoder*"],
    [2, 'backbone|backbones|masked autoencoder*|resnet*|convnet*|video frame*|pixel-level|ocr|scene graph*|video synthesis|scene generation'],
    // Finding actions in a video's timeline is video understanding (its "temporal" is no time series).
    [3, 'temporal action localization|temporal action localisation|temporal action detection|action localization|action localisation|action detection'],
    [3, 'computer vision|image classification|object detection|semantic segmentation|instance segmentation|image segmentation|vision transformer|vit|image recognition|pose estimation|depth estimation|optical flow|super-resolution|image restoration|inpainting|3d reconstruction|novel view synthesis|neural radiance field|nerf|gaussian splatting|imagenet|visual recognition|scene understanding|video understanding|action recognition|face recognition|image editing|object tracking|image synthesis|video generation|image generation|visual representation|image retrieval'],
    [2, 'image|images|video|videos|visual|segmentation|camera|photorealistic|pixel*|convolutional neural network|cnn|cnns|point cloud|3d scene|rendering|stereo|lidar'],
    [1, 'vision|detection|scene|view|3d'],
    // Understanding images is vision even when a language model does it (these phrases count for multimodal as well).
    [2, 'visual reasoning|visual understanding|visual perception|visual question answering|vqa|image understanding|video question'],
    // Perception tasks vision-language models are built or tested for: reading documents, spatial and 3D understanding.
    [3, 'vision encoder*|layout analysis|layout detection|document layout|table recognition|formula recognition|text recognition|scene text'],
    [2, 'spatial reasoning|spatial understanding|spatial intelligence|3d understanding|depth perception'],
    // Image, video and 3D synthesis is vision by definition (these phrases count for generative too, with which they must
    // stay merged: a longer vision-only phrase would take the words from generative).
    // Objects and scenes synthesised in 3D are 3D vision, whatever model makes them.
    [3, '3d generation|text-to-3d|image-to-3d'],
    [2, 'video diffusion|text-to-video|image-to-video|text-to-image|mesh generation|video world model*|human animation|talking head*|portrait animation'],
    // Reading a page image (text, tables, formulas, layout) is OCR, a vision task (multimodal keeps these words too).
    [3, 'document parsing'],
    [2, 'reading order|scanned document*|scanned page*|document image*|native resolution|native-resolution'],
    // 3D content as generation papers name it: assets, meshes, shapes and their surfaces.
    [3, '3d asset*|3d mesh*|textured mesh*|3d shape*|3d content|3d object generation|multi-view diffusion|multi-view generation'],
    // Interactive video world models render a scene from actions (merged with generative).
    [2, 'interactive world model*|interactive video world model*|action-conditioned video|playable world*'],
  ],
  generative: [
    [3, 'video diffusion|diffusion prior*|sampling steps|denoising steps|distribution matching distillation|image tokenizer*|visual tokenizer*|controllable generation|subject-driven generation|controlnet|stable diffusion|text-to-audio|text-to-music|music generation|audio generation|sound generation|motion generation|motion synthesis|video synthesis|scene generation|understanding and generation|song generation|crystal generation|crystal structure generation|materials generation|conformer generation|generative design'],
    [3, 'diffusion model|diffusion-based|denoising diffusion|score-based|score matching|flow matching|rectified flow|normalizing flow|normalising flow|generative adversarial|gan|gans|variational autoencoder|vae|vaes|energy-based model|generative model*|stochastic interpolant*|schrodinger bridge|consistency model|latent diffusion|probability flow|boltzmann generator|gflownet|generative flow network|neural sampler|diffusion sampler|ddpm|ddim|text-to-image|classifier-free guidance|generative modeling|generative modelling|reverse diffusion|denoising score|diffusion transformer|masked diffusion|discrete diffusion|autoregressive generation|image generation|video generation|image synthesis'],
    [2, 'generative|denoiser|denoising|sampler|samplers|fid|sample quality|likelihood-based|score function|generation quality|data generation|vector quantization|speech generation|inverse design|de novo design'],
    [2, 'diffusion|diffusions'],
    [1, 'sampling|latent|generate|generating|generation|samples|autoregressive|transport'],
    // Samplers built from normalizing flows, as lattice field theory names them.
    [3, 'flow-based sampler*|flow-based sampling|flow-based generative model*|flow-based model*|stochastic normalizing flow*'],
    [3, 'score distillation|consistency distillation|one-step generation|few-step generation|dpm-solver|probability flow ode|classifier guidance|diffusion posterior sampling|vq-vae|vqgan|masked generative|maskgit|visual autoregressive|continuous normalizing flow*|bridge matching|stochastic localization|tweedie|contrastive divergence|boltzmann machine*|restricted boltzmann machine*|rbm|rbms|mode collapse|wasserstein gan|style transfer|image-to-image|text-to-3d|3d generation|molecule generation|molecular generation|generative pretraining|sample generation|generated samples|synthetic samples|audio synthesis|unconditional generation|conditional generation|likelihood estimation|density modeling|generative process|forward process|reverse process|noise schedule|denoising objective|score network|velocity field|optimal transport path*|neural sampler*|amortized sampler*|sampling from unnormalized|unnormalized densit*|boltzmann densit*|target densit*'],
    [1, 'synthesis|synthesize'],
    // Editing an image is synthesising a new one (merged with vision).
    [2, 'image editing|image editor*|instruction-based editing|instruction-guided editing|text-guided editing'],
    [3, 'image-to-3d|mesh generation|video world model*|human animation|talking head*|portrait animation'],
    // A flow-matching or diffusion head that outputs robot actions is how a policy is built (robotics), not a generative model.
    [-2, 'action expert*|action chunk*|action chunking|action head*'],
    // World models that synthesise video from actions are video generators (merged with vision).
    [3, 'interactive world model*|interactive video world model*|action-conditioned video|playable world*|generative world model*'],
    // Generated 3D content and multi-view synthesis (merged with vision).
    [2, '3d asset*|3d content|3d object generation|multi-view diffusion|multi-view generation'],
  ],
  rl: [
    [3, 'reward shaping|model-based reinforcement|group relative policy optimization|proximal policy optimization|thompson sampling|upper confidence bound|contextual bandit*|soft actor-critic|deep q-network*|dqn|trust region policy|discount factor|reward signal*|policy entropy'],
    [2, 'world model*|episodic'],
    // How papers that train a model by reinforcement describe the training (self-play, hacked or rewarded behaviour).
    [3, 'self-play|reward hacking|credit assignment|rl training|rl fine-tuning|rl-trained|online rl'],
    [2, 'rewarded|rewarding'],
    [3, 'reinforcement learning from human feedback|reinforcement learning|policy gradient|policy optimization|policy optimisation|q-learning|actor-critic|markov decision process|mdp|mdps|multi-armed bandit|bandit|bandits|rlhf|verifiable reward*|rlvr|grpo|ppo|mean field game|mean-field game|multi-agent reinforcement|marl|offline rl|off-policy|on-policy|temporal difference|bellman|reward model*|inverse reinforcement|markov game|policy mirror|deep rl|rl'],
    [2, 'reward|rewards|policy|policies|regret|exploitation|value function|q-function|imitation learning|preference optimization|dpo|nash equilibri*|game theory|game-theoretic|stochastic game|sample efficiency'],
    // "Agent" is shared with LLM agents: on its own it only hints at RL.
    [1, 'agent|agents|return|returns'],
    [1, 'game|games|equilibri*|decision making|sequential decision*|control'],
    [1, 'exploration'],
    // Robot controllers trained in simulation and transferred to hardware are trained by RL (these count for robotics too).
    [2, 'sim-to-real|sim2real|domain randomization|control policy|locomotion polic*|tracking polic*|privileged polic*|privileged teacher*|teacher polic*|student polic*'],
    // Standard machinery and benchmarks of reinforcement learning.
    [3, 'reward function*|reward design|dense reward*|sparse reward*|policy distillation|privileged information|privileged observation*|asymmetric actor-critic|motion imitation|isaac gym|mujoco|atari|procgen|d4rl|deepmind control suite|advantage function|advantage estimation|td learning|td error|replay buffer|experience replay|target network*|epsilon-greedy|maximum entropy rl|hierarchical reinforcement|goal-conditioned|intrinsic motivation|curiosity-driven|policy iteration|value iteration|value-based'],
    // Reward models of reasoning traces (merged with llm).
    [3, 'process reward model*|outcome reward model*|generative reward model*|generative process reward model*|prm|prms'],
    // RL run on a language model or agent, as such papers name it.
    [3, 'multi-turn rl|agentic rl|agent rl|rl algorithm*|rl recipe*|rl scaling|rl compute|dapo|reinforce++'],
  ],
  agents: [
    // What an agent remembers across sessions is a part of agent design.
    [3, 'agent memory|agentic memory|memory-augmented agent*'],
    // How LLM-agent papers name their parts: tool calls, the harness or scaffold around the model, sub-agents, MCP.
    [3, 'tool call*|tool invocation*|tool-calling|tool-integrated|mcp|agent harness*|agent scaffold*|subagent*|sub-agent*|multi-agent collaboration|multi-agent framework*|multi-agent debate|agent team*|search agent*|agentic task*|agent trajector*'],
    [2, 'harness|sandbox*|command-line|multi-turn'],
    [1, 'terminal|scaffold|scaffolding'],
    [3, 'agent system*|tool-augmented|tool learning|api call*|multi-turn interaction*|web browsing|mobile agent*|embodied agent*|agent workflow*|research agent*|skill library|model context protocol'],
    [2, 'browser|self-verification|task planning'],
    [3, 'llm agent*|language agent*|autonomous agent*|ai agent*|agentic|tool use|tool-use|tool calling|function calling|web agent*|gui agent*|computer-use|computer use agent*|coding agent*|software engineering agent*|swe-bench|agent benchmark|multi-agent system*|agent framework|agent-based|deep research'],
    [2, 'agent|agents|planning|planner|orchestrat*|workflow*|long-horizon|web navigation|memory module|self-improving|autonomous'],
    [1, 'environment|interactive|collaboration|task completion'],
    [1, 'tool|tools'],
    // Locating the element an action acts on is the core skill of GUI agents (merged with multimodal).
    [2, 'gui grounding'],
  ],
  multimodal: [
    [3, 'vision-language-action|video llm*|video-llm*|video large language model*|video-audio|audio-video|llava'],
    [3, 'multimodal large language model*|multi-modal large language model*|multimodal language model*|multimodal llm*|vision large language model*|large vision-language model*|large vision language model*|visual language model*|video-language model*|video language model*|large multimodal model*|lmm|lmms|vision-and-language|visual instruction tuning|image-text pair*|interleaved image-text|chart understanding|document understanding|audio-language|speech-language|text-to-audio'],
    [2, 'visual token*|images and text|text and image*|vl|omni|document parsing|ocr'],
    [3, 'multimodal|multi-modal|vision-language|vision language|vlm|vlms|mllm|mllms|visual question answering|vqa|image captioning|audio-visual|audiovisual|image-text|text-image|clip|cross-modal|video-language|text-to-video|text-to-image|any-to-any|omni-modal|visual grounding|visual instruction'],
    [2, 'modality|modalities|captioning|caption|captions|visual reasoning|video question|speech-text|grounding'],
    // Open-vocabulary perception names its classes in free text: vision read through language (vision keeps these words).
    [2, 'open-vocabulary|open vocabulary|open-vocabulary detection|language-embedded|language gaussian*|language field*'],
    // Agents that operate graphical interfaces read screenshots: a vision-language task (these count for agents too).
    [2, 'gui agent*|computer-use agent*|computer use agent*|mobile agent*'],
    [3, 'gui grounding|screenshot*|screen understanding|ui understanding|ui grounding'],
    // Video driven by speech or sound joins two modalities; the sound is a condition, not the subject (audio loses the word).
    // Models that interleave text with speech or audio tokens join two modalities (audio keeps these words too).
    [3, 'text-audio|audio-text|text-speech|speech-language model*|spoken language model*'],
    [3, 'audio-driven|speech-driven|audio-conditioned|lip synchronization|lip sync|lip-sync|talking head*|talking face*'],
    [1, 'image|video|visual|audio|text'],
    // Audio-language models join two modalities (audio keeps the phrase too).
    [3, 'audio language model*|audio-language model*|large audio language model*|large audio-language model*'],
  ],
  audio: [
    // A talking head or avatar driven by speech is video synthesis: its speech is the input, not the subject (annotators give
    // audio only when the model also makes the sound, which its own words then say).
    [-3, 'talking head*|talking face*|portrait animation|lip sync*|lip-sync*|talking avatar*|audio-driven|speech-driven'],
    [3, 'audio codec|neural codec|speech tokenizer*|speech language model*|voice conversion|speech enhancement|source separation|speech translation|audio captioning|music generation|text-to-music|wav2vec|whisper|speaker diarization|keyword spotting|word error rate*|vocoder*|mel-spectrogram*|sound generation|speech generation'],
    [3, 'speech recognition|asr|text-to-speech|tts|speech synthesis|speech|spoken|audio|music|musical|speaker verification|voice|singing|sound event|audio generation|audio language model|automatic speech'],
    [2, 'speaker|waveform|spectrogram|listening|prosody'],
    // Sound generated or understood jointly with video is a subject of its own, not a condition.
    [3, 'video-audio|audio-video'],
    // Songs are music (merged with generative for their synthesis).
    [3, 'song generation|lyrics-to-song|singing voice|song|songs|vocals|lyrics|spoken language model*|speech-language model*'],
    [1, 'sound|acoustic'],
    // Audio-language models are audio models too (merged with multimodal).
    [3, 'large audio language model*|large audio-language model*'],
  ],
  robotics: [
    [3, 'robot manipulation|mobile manipulation|behavior cloning|behaviour cloning|visuomotor polic*|end effector|end-effector|bimanual|whole-body control|legged robot*|aerial robot*|robot arm*|robotic arm*|real robot*|embodied ai|sim2real|inverse kinematics|proprioceptive|tactile'],
    [2, 'domain randomization|path planning|demonstrations'],
    [3, 'robot|robots|robotic|robotics|locomotion|embodied|autonomous driving|self-driving|humanoid|quadruped|grasping|sim-to-real|vision-language-action|vla|motion planning|teleoperation|dexterous|legged|manipulator|robot learning|end-to-end driving|autonomous vehicle*'],
    [2, 'manipulation|navigation|drone|drones|uav|uavs|control policy|visuomotor|trajectory planning|vehicle|vehicles|gripper'],
    [1, 'control|controller|physical world|real-world deployment|actuator*'],
    [1, 'driving'],
  ],
  efficiency: [
    [3, 'computational efficiency|computationally efficient|computational overhead|communication overhead|communication-efficient|wall-clock|orders of magnitude faster|inference speed|inference latency|training cost*|training efficiency|memory usage|memory consumption|memory overhead|token pruning|token merging|early exit*|early-exit|structured pruning|binarized|binary neural network*|low-bit|weight quantization|activation quantization|prompt compression|efficient attention|sub-quadratic|subquadratic|linear-time|quadratic complexity|cuda kernel*|paged attention|continuous batching|offloading|activation checkpointing|gradient checkpointing|fsdp|compute budget|times faster|fold faster|fold speedup|fold speed-up|fold acceleration|gpu hours|gpu memory|linear complexity|quadratic cost|fraction of the cost|token efficiency|fewer flops|sparse attention|token compression|context compression|kv compression|cache compression|cache eviction|token eviction|token dropping|layer skipping|layer dropping|conditional computation|adaptive computation|efficient reasoning|overthinking|reasoning efficiency|cot compression|chain-of-thought compression|thinking budget|token budget*|tokens per second|decoding speed|faster decoding|parallel decoding|multi-token prediction|draft model*|lookahead decoding|inference acceleration|training acceleration|compute cost*|memory cost*|parameter efficiency|fewer parameters|low-rank approximation*|low-rank factorization|sparse mixture|expert parallel*|edge computing|edge deployment|edge inference'],
    [2, 'overhead|speedup*|^efficient|^efficiently|^fast|^faster|^accelerating|^lightweight|throughput|computational cost*|computational speed|memory requirement*|inference time|training time|linear scaling|cost-effective|speeds up|speed up|accelerates|acceleration|api cost*|fewer tokens|token usage|token consumption|reasoning length|response length|length penalty|small model*|compact model*|low-rank'],
    [3, 'quantization|quantized model|post-training quantization|quantization-aware|pruning|knowledge distillation|model compression|low-rank adaptation|lora|parameter-efficient|peft|flashattention|flash attention|inference serving|speculative decoding|distributed training|data parallel*|pipeline parallel*|model parallel*|tensor parallel*|memory-efficient|memory efficient|memory footprint|mixed precision|low-precision|low precision|int8|int4|fp8|fp4|linear attention|hardware-aware|inference cost|inference efficiency|efficient inference|efficient training|compute-efficient|energy-efficient|edge device*|on-device|accelerator design|hardware accelerator*'],
    // Inference serving, as serving-system papers name it.
    [3, 'llm serving|model serving|serving system*|serving engine*|serving framework*|inference engine*|inference system*|prefill*|decode phase|decoding phase|goodput|disaggregat*|request scheduling|batch inference|inference workload*'],
    [2, 'distillation|compression|compress|latency|speedup|speed-up|gpu|gpus|tpu|fpga|hardware|flops|sparsity|cache|serving|parallelism|kernel fusion'],
    [1.5, 'fast|speed|lightweight|accelerat*|scalability'],
    [1, 'budget|runtime|compute|computationally demanding|computationally expensive|real-time|mobile'],
    [1, 'memory|cost|parallel|scalable|sparse|efficient|efficiency|faster'],
    [2, 'cpu hours|core hours|node hours|cpu time|wall time|gpu days|compute time'],
    // Vocabulary of ML efficiency and systems.
    [3, '4-bit|3-bit|2-bit|1-bit|8-bit|bitnet|ternary weight*|gptq|awq|smoothquant|outlier suppression|qlora|prefix tuning|sparse activation*|medusa heads|eagle drafting|dynamic depth|rwkv|pagedattention|zero redundancy|ring attention|triton kernel*|green ai|compute-optimal|sliding window attention|long-context efficiency|coreset*|dataset distillation|data pruning|sparse moe|moe layer*|activation sparsity|weight sharing|neural architecture search|efficient architecture*'],
    [2, 'adapter*|carbon footprint|memory-bound|compute-bound|arithmetic intensity'],
    // Standard ways of reporting or obtaining savings in compute, memory and latency.
    [3, 'faster inference|faster training|reduced latency|lower latency|time-to-first-token|decoding latency|memory savings|memory reduction|peak memory|compute savings|gflops|sequence parallel*|context parallel*|pipeline bubble*|all-reduce|gradient compression|communication cost*|memory bandwidth|roofline|operator fusion|neuromorphic|spiking neural network*|in-memory computing|weight pruning|magnitude pruning|lottery ticket*|sparse training|quantized weight*|quantized activation*|quantization error|binarization|efficient fine-tuning|prompt tuning|resource-constrained|resource-efficient'],
    [2, 'single gpu|cost-efficient|model footprint|inference budget'],
    // Parts and tools every LLM or VLM paper may mention (an MoE architecture, its KV cache, the engine it is served with):
    // efficiency is the paper's aim only when it works on them ("KV cache compression") or its title names them.
    [1.5, 'mixture of experts|mixture-of-experts|moe|kv cache|kv-cache|expert routing|vllm|consumer gpu*'],
    [3, '^kv cache|^kv-cache|kv cache compression|kv cache quantization|kv cache eviction|kv cache size|kv cache memory|kv cache footprint|kv cache reduction|kv cache offloading'],
    [2, '^mixture of experts|^mixture-of-experts|^moe|moe inference|moe training'],
    // How systems papers state their aim: hardware kept busy, work overlapped, more samples per second.
    [3, 'training throughput|inference throughput|gpu utilization|hardware utilization|asynchronous training|rl system*|training system*'],
    [2, 'idle|inefficienc*|utilization'],
    // Distilling a large model into a small one is compression, however the student is trained (llm keeps the phrase).
    [2, 'on-policy distillation'],
    // Allocating a compute budget is an efficiency aim.
    [3, 'budget allocation|compute allocation'],
    // A title that announces compression or a budget; savings stated against compute or tokens.
    [2, '^compress|^compresses|^compressing|^compression|^budget|fewer generated tokens|fewer output tokens|fewer reasoning tokens|fewer thinking tokens|less compute'],
  ],
  theory: [
    [3, 'generalization bound*|generalization error|generalisation error|training dynamics|learning dynamics|grokking|lazy regime|rich regime|lazy training|feature learning|neural tangent kernel|ntk|mean field limit|mean-field limit|infinite width|infinite-width|wide neural network*|overparameteri*|over-parameteri*|double descent|scaling law*|implicit bias|implicit regulari*|loss landscape|learning theory|statistical learning theory|pac-bayes*|pac learning|sample complexity|vc dimension|rademacher|edge of stability|neural collapse|benign overfitting|teacher-student|student-teacher|random feature*|expressivity|expressive power|universal approximation|approximation theory|depth separation|simplicity bias|spectral bias|statistical mechanics of learning|two-layer neural network*|two-layer network*|shallow neural network*|deep linear network*|linear network*|kernel regime|catapult|in-context learning theory|memorization|memorisation|generalization gap|theory of deep learning|deep learning theory|infinite-depth|muP|maximal update'],
    [2, 'theoretical understanding|theoretically|demystif*|we prove|theorem|theoretical framework|expressiv*|representational capacity|token dynamics|generalization|generalisation|generalize|initialization|initialisation|overfitting|phase diagram of learning|learning curve*|provabl*|theoretical analysis|theoretical|learnability|hebbian|perceptron|hopfield|associative memory|dynamical mean-field|dmft|we prove that'],
    [1, 'representation learning|gradient flow*|kernel|kernels|neural network*|deep network*|deep learning|theory|learning|training|trained|network|networks|regime|regimes|bound|bounds|dynamics'],
    [3, 'approximate message passing|replica computation*|kernel ridge regression|high-dimensional limit|proportional regime|proportional asymptotic*|scaling limit|mean-field regime|progressive sharpening|loss of plasticity|induction head*|statistical query|sq lower bound*|single-index model*|multi-index model*|staircase property|leap complexity|online sgd|neural scaling law*|compute-optimal|chinchilla|emergent abilit*|rank collapse|max-margin|signal propagation|dynamical isometry|mode connectivity|linear mode connectivity|sharpness|flat minima|hessian spectrum|random matrix theory of|infinite-depth limit|depth-mu|tensor programs|neural network gaussian process|nngp|kernel limit|conjugate kernel|empirical ntk|learning rate transfer|hyperparameter transfer|generalization theory|uniform convergence|stability-based|algorithmic stability|information-theoretic bound*|pac-bayesian|compression bound*|norm-based|margin bound*|covering number*|vc-dimension|hardness of learning|computational-statistical gap*|lower bound*|upper bound*|sample-efficient learning|transformers learn|mechanism of|toy model*|solvable model*|exactly solvable model*|analytically tractable'],
    [1, 'width|depth|high-dimensional|high dimensional|asymptotic*'],
    [1, 'emergence of'],
    [2, 'inductive bias|in-context learning'],
    [2, 'reproducing kernel hilbert space*|rkhs'],
    // What a theorem about a learning method states: its guarantees and rates (annotators give such papers on
    // generative models or samplers learning theory as well).
    [2, 'error bound*|convergence guarantee*|convergence rate*|rate of convergence|non-asymptotic|convergence analysis|theoretical guarantee*|sharp rate*|minimax optimal|minimax rate*|iteration complexity'],
    // Learning-theory vocabulary.
    [3, 'information exponent|generative exponent|leap exponent|staircase function*|sparse parit*|parity learning|high-dimensional asymptotic*|statistical physics of learning|saddle-to-saddle|optimization landscape|landscape of neural|loss surface*'],
    // Empirical laws of training runs and the toy models that explain them are training dynamics.
    [3, 'mixing law*|noisy quadratic model'],
    [2, 'replica method|replica analysis|dynamical mean-field theory|learning rate warmup'],
    // A title that announces a theory of a learning method (the gate keeps physics theories out).
    [2, '^a theory of|^theory of|^statistical theory|^theoretical'],
    [1, 'plateau*'],
    // Standard terms of the theory of deep learning: training dynamics, capacity, scaling and information views.
    [3, 'information bottleneck|minimum description length|kolmogorov complexity|sgd noise|stochastic gradient noise|dynamics of gradient descent|gradient descent dynamics|training trajector*|critical learning period*|mean-field analysis|neural network field theor*|feature learning regime|bayes-optimal|bayes optimal|teacher network|student network|perceptron capacity|storage capacity|random labels|emergent capabilit*|scaling exponent*|data scaling|model scaling|compute scaling'],
  ],
  optimization: [
    [2, 'iteration complexity|oracle complexity|first-order method*|convergence guarantee*|step size*|stepsize*|clipping|nuclear norm'],
    [1.5, 'hyperparameter*'],
    [3, 'optimizer|optimizers|optimiser*|stochastic gradient descent|sgd|adam|adamw|gradient descent|convex optimization|convex optimisation|non-convex|nonconvex|convergence rate|second-order method*|newton method|newton\'s method|quasi-newton|natural gradient|minimax|min-max|saddle point*|gradient descent ascent|variational inequalit*|preconditioner|preconditioning|preconditioned|mirror descent|proximal|stochastic optimization|zeroth-order|bilevel|muon optimizer|wasserstein gradient flow|linear programming|combinatorial optimization|optimization algorithm*|optimisation algorithm*|global convergence|local minima|global minim*|line search|momentum method|nesterov|hyperparameter optimization|bayesian optimization|black-box optimization|derivative-free'],
    [2, 'optimization|optimisation|optimize|optimise|optimizing|optimal transport|convergence|converge|converges|objective function|gradient method*|descent|ascent|lagrangian relaxation|constrained optimization|duality|primal-dual|solver|minimization|minimisation|maximization|regularization'],
    [1, 'gradient|gradients|optimal|loss function|minimax problem*|convex|nash'],
    [3, 'sharpness-aware minimization|adagrad|rmsprop|lion optimizer|shampoo|k-fac|weight decay|gradient clipping|convergence analysis|polyak-lojasiewicz|pl condition|l-smooth|strongly convex|variance reduction|svrg|federated optimization|distributed optimization|decentralized optimization|consensus optimization|frank-wolfe|conditional gradient|coordinate descent|admm|augmented lagrangian|interior point|semidefinite program*|quadratic program*|mixed-integer|integer programming|branch and bound|evolutionary algorithm*|genetic algorithm*|cma-es|simulated annealing|particle swarm|stochastic approximation|robbins-monro|lr schedule*|learning rate schedule*|warmup|loss spike*|adaptive gradient method*|adaptive optimizer*|sign descent|signsgd|nash equilibrium computation|game optimization|extragradient|optimistic gradient|monotone operator*|fixed-point iteration*|operator splitting'],
    [2, 'learning rate*'],
    // Standard methods and analysis terms of continuous and discrete optimization.
    [3, 'learned optimizer*|learning to optimize|hypergradient*|heavy-ball|heavy ball|sgd with momentum|momentum sgd|schedule-free|large-batch training|critical batch size|stationary point*|first-order stationary|trust-region method*|trust region method*|cubic regularization|gauss-newton|levenberg-marquardt|conjugate gradient|l-bfgs|bfgs|hessian-free|submodular*|online convex optimization|kkt condition*|lagrange multiplier*|projected gradient|proximal gradient|stochastic variance|lipschitz gradient*|smooth and convex|nonsmooth|non-smooth optimization|black-box optimizer*'],
    [2, 'batch size|convergence speed|loss curve*|lipschitz'],
  ],
  safety: [
    // Attacks, defences and fairness in words the lists below lack (safety is gated on ML words, so "malicious" or
    // "safety-critical" in a physics paper stays weak).
    [3, 'copyright*|data extraction attack*|gradient inversion|adversarially robust|adversarial perturbation*|robustness certificat*|provable robustness|certified defen*|safety-critical|harmful output*|safety filter*|content filter*|malicious|algorithmic fairness|group fairness|individual fairness|gender bias*|racial bias*|unfair*'],
    [3, 'refusal*|harmful content|safety evaluation|safety benchmark*|prompt injection|adversarial prompt*|model stealing|model extraction|dp-sgd|privacy-preserving|privacy leakage|privacy budget|bias mitigation|debiasing|content moderation|scalable oversight|ai governance|aligning language models|alignment of language models|alignment of large language models|alignment tax|human values|harmlessness|constitutional ai|emergent misalignment|misaligned|power-seeking|scheming|sandbagging|specification gaming|corrigib*|ai risk*|catastrophic risk*|existential risk|dangerous capabilit*|dual-use|biosecurity|cybersecurity|stereotype*|gender bias|social bias*|hate speech|content safety|llm safety|model safety|adversarial training|evasion attack*|model inversion|training data extraction|copyright|safety guard*|unsafe'],
    [2, 'demographic*|spurious correlation*|out-of-distribution detection|misuse|toxic|oversight|helpfulness and harmlessness|honesty|preference alignment|fingerprint*|intellectual property'],
    [3, 'ai safety|adversarial attack*|adversarial example*|adversarial robustness|jailbreak*|red teaming|red-teaming|backdoor*|data poisoning|poisoning attack*|differential privacy|differentially private|privacy|membership inference|fairness|machine unlearning|unlearning|watermark*|deepfake*|certified robustness|sycophancy|harmful|toxicity|misinformation|deceptive|deception|misalignment|ai alignment|value alignment|safety alignment|trustworthy ai|responsible ai|model auditing'],
    [2, 'ethical|ethics|moral*|societal|safety|safe|adversarial|attack|attacks|trustworthy|formal verification|risk|risks|threat'],
    [1, 'robustness|verification|bias|biases|alignment'],
    [2, 'federated learning'],
    // Vocabulary of AI safety, security and fairness.
    [3, 'goal misgeneralization|situational awareness|weak-to-strong|ai control|chain-of-thought monitoring|cot monitoring|randomized smoothing|trojan*|ai-generated text detection|machine-generated text detection|deepfake detection|equalized odds|demographic parity|cyber capabilit*|frontier ai|model organism*|alignment faking|reward tampering|deceptive alignment'],
    [2, 'alignment research|safety case*|unfaithful|faithfulness|model monitoring'],
    // Harms, threat models and ethics as the fairness, security and machine-ethics literature names them.
    [3, 'machine ethics|moral judgment*|moral judgement*|moral values|political bias*|ideological bias*|cultural bias*|unintended consequence*|societal impact*|social harm*|representational harm*|allocative harm*|disparate impact|protected attribute*|sensitive attribute*|threat model*|attack success rate*|harmful request*|unsafe content|safety risk*|misuse risk*|privacy risk*|privacy attack*|personally identifiable|pii|data leakage|bias evaluation|fairness evaluation'],
    [2, 'adversarially|personal data|ethical concern*|ethical implication*'],
    // Engineering words of any system (an agent sandbox is "secure", has "guardrails", its claims are "audited"; RL papers
    // guard against "reward hacking"): safety is the subject only next to the firm words above.
    [1.5, 'reward hacking|auditing|audit|security'],
    [1, 'secure'],
    [2, 'guardrail*'],
    [3, 'privacy auditing|fairness audit*|bias audit*|algorithmic audit*|safety audit*|auditing of models|auditing language models|red-team audit*|security vulnerabilit*|security risk*|security threat*|ai security|llm security|model security|adversarial security'],
  ],
  interpretability: [
    [2, 'attention head*|representations encode'],
    [3, 'residual stream|feature visualization|concept activation|grad-cam|gradcam|integrated gradients|counterfactual explanation*|model editing|knowledge editing|causal tracing|causal mediation|representation engineering|interpretable features|transcoder*|crosscoder*|attribution graph*|representational similarity|centered kernel alignment|probing|layer-wise analysis|layerwise analysis|retrieval head*'],
    [2, 'dictionary learning|neuron*'],
    // Neurons of a brain, not of a network: a recording of them is neuroscience.
    [-2, 'spike sorting|calcium imaging|calcium-imaged|neuronal activity|neural activity|neuronal population*|neural population*|neural recordings|electrophysiolog*|brain-computer interface*'],
    [3, 'interpretability|explainability|explainable|xai|sparse autoencoder*|saliency|feature attribution|attribution method*|activation patching|steering vector*|linear probe*|logit lens|circuit discovery|shapley|concept-based|concept bottleneck|monosemantic*|polysemantic*|explanation method*|post-hoc explanation*|representation analysis|internal representation*'],
    [2, 'attribution|neurons|activations|representation geometry|transparency|circuits|sae|saes'],
    [1, 'features|understanding|internal'],
    [1, 'explain|explanation|explanations|probe|probes'],
    [2, 'interpretable'],
    [1, 'mechanistic'],
    [3, 'mechanistic interpretability|mechanistic interpretation*|mechanistic understanding of'],
    // Standard methods and phrasings of interpretability research.
    [3, 'linear representation hypothesis|concept vector*|concept direction*|activation steering|activation addition|representation steering|attention pattern*|attention visualization|attribution score*|lime|shap|gradient-based attribution|token attribution|circuit analysis|causal abstraction|interchange intervention*|path patching|attribution patching|direct logit attribution|tuned lens|neuron-level|probing classifier*|diagnostic classifier*|faithful explanation*|explanation faithfulness|model internals|inner workings|internal mechanism*|feature importance'],
    [2, 'hidden states|hidden representation*|layer-wise representation*|intermediate layer*|latent representations encode'],
    // Which layer holds which information is what representation analysis asks.
    [2, 'middle layer*|early layer*|later layer*|late layer*|information is encoded|information encoded|linearly decodable'],
    // How much attention a layer or head pays to an input is a question about model internals.
    [2, 'attention mass'],
  ],
  geometric: [
    [3, 'graph neural network*|gnn|gnns|message passing|message-passing|equivariant|equivariance|invariant neural network*|e(3)|se(3)|e(n)|group equivariant|gauge equivariant|geometric deep learning|graph convolution*|graph transformer*|manifold learning|hyperbolic embedding*|hyperbolic neural|steerable|permutation invariant|permutation equivariant|deep sets|graph learning|node classification|link prediction|graph representation learning|simplicial|sheaf neural|symmetry-aware|lie group*|group convolution*|learning on manifolds|riemannian manifold*|topological deep learning|graph neural'],
    [2, 'graph|graphs|invariance|invariant|manifold|manifolds|riemannian|hyperbolic|point cloud*|so(3)|group action*|mesh|meshes|topological data analysis'],
    [3, 'graph attention|gat|gcn|graph isomorphism|weisfeiler-leman|weisfeiler-lehman|wl test|oversmoothing|over-smoothing|oversquashing|over-squashing|graph rewiring|graph positional encoding*|spectral graph|graph laplacian|graph signal processing|hypergraph*|simplicial complex*|cell complex*|cellular complex*|persistent homology|e(3)-equivariant|se(3)-equivariant|o(3)-equivariant|tensor field network*|spherical harmonic*|clebsch-gordan|mace|nequip|allegro|painn|schnet|dimenet|equiformer|egnn|frame averaging|canonicalization|steerable cnn*|homogeneous space*|fiber bundle*|hyperbolic space*|poincare ball|riemannian optimization|manifold-valued|spd manifold*|riemannian diffusion|riemannian flow matching|geometric graph*|molecular graph*|3d graph*|graph generation|graph classification|graph-level|node-level|edge-level|graph structure*|graph data'],
    [1, 'symmetry|symmetries|geometric|geometry|node|nodes|relational'],
    // Architectures that build symmetry or graph structure in, named the way ML papers name them.
    // Symmetry built into what a model generates or predicts is the same idea as an equivariant architecture.
    [3, 'symmetry-constrained'],
    [3, 'graph network*|meshgraphnet*|mesh-based simulation*|interaction network*|rotation equivariance|rotational equivariance|rotation-equivariant|rotationally equivariant|rotation invariance|rotationally invariant|translation equivariance|group-invariant|group equivariance|irreps|directional message passing|higher-order message passing|graph pooling|graph autoencoder*|equivariant transformer*|equivariant network*|invariant network*'],
  ],
  timeseries: [
    [3, 'governing equation*|sparse identification'], [2, 'sparse regression'],
    [3, 'time series forecasting|traffic prediction|demand forecasting|neural cde*|controlled differential equation*|continuous-time model*'],
    [3, 'time series|time-series|forecasting|forecast|forecasts|dynamical system*|chaotic system*|chaotic dynamics|lorenz|neural ode*|neural sde*|neural differential equation*|neural ordinary|system identification|koopman|reservoir computing|spatio-temporal|spatiotemporal|weather forecast*|trajectory prediction|long-term prediction|data assimilation|attractor*|lyapunov exponent*|takens|delay embedding|temporal dynamics|echo state|nonlinear dynamics|dynamics learning|learning dynamical|sindy'],
    [2, 'equation discovery|symbolic regression'],
    [2, 'chaos|chaotic|temporal|ordinary differential equation*|ode|odes|sde|sdes|nonlinear dynamic*|dynamical|recurrent|sequential data|prediction horizon'],
    // Learned PDE solvers are time series only when they evolve a system in time (rollouts, forecasts, turbulence), which
    // their other words then say: a steady or parametric PDE's operator is AI for science alone.
    [1, 'physics-informed|neural operator*|fourier neural operator|pde|pdes|partial differential equation*'],
    [1, 'dynamics|prediction|predict|predicting|stochastic differential equation*|differential equation*|time|sequence modeling|state space model*|state-space model*|recurrent neural network*|rnn|rnns|lstm'],
    [3, 'dynamic mode decomposition|dmd|lorenz-63|lorenz-96|lorenz 63|lorenz 96|kuramoto-sivashinsky|chaotic attractor*|strange attractor*|long-horizon forecasting|multivariate time series|temporal point process*|hawkes process*|irregularly sampled|imputation|traffic forecasting|load forecasting|financial time series|stock price*|eeg|ecg|physiological signal*|latent dynamics|latent ode*|state estimation|ensemble kalman|numerical weather prediction|graphcast|fourcastnet|autoregressive rollout*|long-term stability|invariant measure*|ergodic measure*|embedding theorem|delay coordinate*|phase space reconstruction|nonlinear time series|recurrence plot*|anomaly detection in time series|sequence-to-sequence|seq2seq|temporal convolution*|tcn|informer|patchtst|temporal fusion|foundation model for time series|time-series foundation'],
    [1, 'trajectory|trajectories|long-term|short-term|surrogate|emulator|emulat*'],
    [0.5, 'sequence'],
    [1.5, 'rollout*'],
    // How forecast papers report skill: lead times, ensembles of forecasts, probabilistic scores.
    [2, 'lead time*|ensemble forecast*|forecast skill|skill score*|crps|continuous ranked probability score'],
  ],
  science: [
    ...SCIENCE_DOMAINS,
    // Generic lab words: every ML paper runs "experiments" and "simulations". They add to an AI-for-science paper's score
    // but are no evidence of a natural science, so they stay out of the domain cue (_domain) that gates the topic.
    ...LAB_WORDS,
    [2, 'neural network*|machine learning|machine-learning|deep learning|data-driven|learned|learning-based|neural|accelerate discovery|generative design'],
    [3, 'mace|nequip|allegro|schnet|painn|equiformer|machine-learning force field*|ml force field*|ml potential*|mlip|mlips|foundation model for materials|materials foundation|universal potential*|universal interatomic|atomistic simulation*|atomistic machine learning|learned potential*|neural wavefunction*|neural-network wavefunction*|variational monte carlo|neural quantum state*|ferminet|paulinet|machine learning for quantum|ml for quantum|quantum chemistry|electronic structure calculation*|band gap prediction|property prediction|materials property|phase diagram prediction|crystal generation|crystal structure generation|molecular conformer*|conformer generation|protein structure|protein folding|protein design|protein language model*|sequence design|binding affinity|virtual screening|de novo design|molecular property prediction|reaction prediction|synthesis planning|lab automation|self-driving lab*|autonomous lab*|high-throughput screening|jet tagging|particle identification|event reconstruction|track reconstruction|anomaly detection at the lhc|calorimeter|fast simulation|detector simulation|gravitational wave detection with|galaxy morphology|photometric redshift|cosmological parameter inference|emulator*|surrogate*|learned simulator*|neural simulator*|physics-based machine learning|physics-informed machine learning|scientific ml|sciml|neural pde solver*|pde solver*|operator learning|learning pdes|closure model*|turbulence modeling|subgrid|weather model*|climate emulator*|earth observation|remote sensing|genomics|transcriptomics|proteomics|single cell|cell biology|neural recordings|spike train*|connectom*|medical imaging|drug-target|pharmac*|materials generation|toxicity prediction|molecular toxicity|drug toxicity'],
  ],
  data: [
    [3, 'we introduce a benchmark|we present a benchmark|we construct a benchmark|we build a benchmark|we introduce a dataset|we present a dataset|we release a dataset|human annotation*|expert-annotated|crowdsourc*|data curation|evaluation benchmark*|holistic evaluation'],
    [3, '^dataset|^datasets|^benchmark|^benchmarks|^benchmarking|^corpus|^leaderboard|^evaluation suite|^arena|new benchmark|novel benchmark|comprehensive benchmark|benchmark for|benchmark of|benchmark to|benchmark dataset|benchmark suite|evaluation suite|new dataset|novel dataset|large-scale dataset|dataset and benchmark|datasets and benchmark*|leaderboard|testbed|test bed|we release|we curate|curated dataset|annotated dataset|human-annotated|open dataset|publicly available dataset|data collection pipeline|evaluation framework|evaluation protocol|challenge set|data set of|corpus of|we introduce the first'],
    [2, 'benchmark|benchmarks|benchmarking|dataset|datasets|corpus|annotation*|annotated|curated'],
    [-1, 'trained on|existing benchmark*|standard benchmark*|several benchmark*|multiple benchmark*|various benchmark*|popular benchmark*|public benchmark*|benchmark result*|benchmark task*|on benchmark*|across benchmark*|synthetic dataset*|real-world dataset*|training data|training dataset*'],
    [1, 'evaluation|evaluate|evaluating|tasks|*bench|*benchmark'],
    // A title that opens by evaluating or assessing models announces an evaluation study: the test set is the contribution.
    [2, '^evaluating|^assessing|^how well do|^how good are|^can large language models|^can language models|^do large language models|^are large language models'],
    [3, 'a benchmark|a dataset|dataset of|dataset for'],
    [3, 'the benchmark'],
    // Vocabulary of datasets and evaluation.
    [3, 'test set contamination|data contamination|benchmark contamination|inter-annotator agreement|datasheet*|data card*|human preference data'],
    [2, 'we collect|we annotate|synthetic data generation|data quality|data synthesis'],
    // Choosing or mixing training data is a training method, not a dataset contribution.
    [1, 'data filtering|data mixture*|data selection|pretraining data'],
    // A title that names synthetic data, or an abstract describing "the resulting dataset", contributes the data itself.
    [3, '^synthetic data|resulting dataset*|resulting corpus|resulting corpora|resulting benchmark*'],
    // How a paper describes the benchmark or dataset it contributes ("…, a benchmark that evaluates …").
    // Executable environments and task instances are the training or test data of agents; a diagnostic suite is a test set.
    [3, 'task instances|diagnostic benchmark*|diagnostic suite*|diagnostic dataset*'],
    [2, 'executable environment*|training environments|environment synthesis|synthesized environment*|verified environment*|publicly released'],
    [3, 'benchmark that|benchmark which|benchmark designed|benchmark consisting|benchmark comprising|benchmark containing|benchmark covering|benchmark spanning|dataset consisting|dataset comprising|dataset containing|dataset spanning|dataset covering|human baseline*|human performance|human accuracy|expert annotator*|question-answer pairs|test suite'],
    // Building verified tasks and reproducible environments is building the training or test data of agents.
    [2, 'verifiable tasks|verified tasks|validated tasks|executable tasks|task synthesis|reproducible environments|containerized environments|dockerized environments|docker environments'],
  ],
  probabilistic: [
    [3, 'stein variational gradient descent|svgd|stochastic gradient langevin dynamics|sgld|feynman-kac'],
    [3, 'bayesian deep learning|neural posterior|prediction interval*|prediction set*|distribution-free|exchangeab*|causal representation learning|causal structure learning|uncertainty-aware'],
    [2, 'covariate shift|intervention*|estimator*'],
    [3, 'bayesian|variational inference|mcmc|markov chain monte carlo|uncertainty quantification|conformal prediction|causal discovery|causal inference|gaussian process*|simulation-based inference|likelihood-free|approximate bayesian computation|expectation maximization|expectation-maximization|hamiltonian monte carlo|sequential monte carlo|particle filter*|importance sampling|stein variational|posterior sampling|posterior distribution*|posterior inference|probabilistic model*|probabilistic inference|bayesian inference|credible interval*|hypothesis test*|statistical inference|nonparametric|non-parametric|density estimation|kernel density|causal effect*|structural causal|treatment effect*|probabilistic programming|evidence lower bound|elbo|statistical estimation|minimax rate*|empirical bayes|markov random field*|graphical model*'],
    [2, 'posterior|posteriors|probabilistic|kalman|random variable*'],
    [1, 'stochastic|statistical|prior|priors|estimate|variational|distributional|gaussian'],
    [3, 'belief propagation|variational bayes|laplace approximation|bayesian neural network*|deep ensemble*|epistemic uncertaint*|aleatoric|calibration error|coverage guarantee*|instrumental variable*|do-calculus|causal graph*|confounder*|confounding|propensity score*|p-value*|multiple testing|false discovery rate|e-value*|empirical process*|nonparametric regression|copula*|point process*|sparse gaussian process*|langevin monte carlo|unadjusted langevin|mala|hmc|nuts sampler|slice sampling|gibbs sampl*|metropolis-hastings|parallel tempering|annealed importance sampling|smc sampler*|particle mcmc|normalizing constant*|marginal likelihood|model evidence|bayes factor*|mixture model*|latent variable model*|em algorithm|amortized inference|neural posterior estimation|neural likelihood|inverse problem*|bayesian inverse|data assimilation|gaussian process regression|kriging|uncertainty estimation|predictive uncertainty|probabilistic forecasting|probabilistic prediction*|statistical guarantee*|confidence interval*|concentration inequalit*|high-probability bound*|sampling algorithm*|mcmc sampler*|mixing time*|convergence of langevin|log-concave'],
    [1, 'inference|sampling|estimation|statistics|monte carlo|calibration|calibrated|causal|causality|likelihood|bootstrap'],
    [1.5, 'uncertainty|uncertainties|counterfactual*|wasserstein distance'],
    [3, 'conformalized|conformalised|split conformal|conformal calibration|conformal risk control|conformal inference|coverage guarantee'],
    [2, 'quantile regression'],
    [3, 'neural process|neural processes|conditional neural process*|quantified uncertaint*|calibrated uncertaint*|nuisance parameter*'],
  ],
  hep: [
    [3, 'ads/cft|anti-de sitter|holograph*|conformal field theor*|quantum field theor*|qft|string theory|string theories|superstring*|supersymmetr*|susy|supergravity|black hole*|gauge theor*|yang-mills|general relativity|quantum gravity|higgs|standard model|lhc|collider*|hadron*|quark*|gluon*|qcd|lattice qcd|neutrino*|beyond the standard model|bsm|effective field theor*|scattering amplitude*|feynman|brane*|d-brane*|kaluza-klein|compactification*|calabi-yau|swampland|de sitter|wormhole*|hawking|bekenstein|ryu-takayanagi|black hole thermodynamic*|holographic thermodynamic*|black hole entropy|hawking-page|entanglement wedge|page curve|jt gravity|jackiw-teitelboim|sachdev-ye-kitaev|syk|conformal bootstrap|electroweak|lepton*|meson*|baryon*|pion*|nucleon*|heavy-ion|heavy ion|quark-gluon plasma|axion*|cp violation|grand unification|top quark|w boson|z boson|dark photon*|particle physics|high-energy physics|high energy physics|instanton*|hooft|wilson loop*|chern-simons|topological field theor*|twistor*|asymptotic symmetr*|bms|unruh|einstein gravity|einstein equation*|gravity|lattice gauge theor*|lattice field theor*|lattice quantum field theor*|lattice quantum electrodynamic*|quantum electrodynamic*|qed|lattice simulation*|schwarzschild|nuclei|neutron star*|dilaton|tachyon*|muon*|positron*|hadronic|dense matter|chiral symmetry|gauge group|central charge|operator product expansion|ope|virasoro|modular invariance|s-matrix|unitarity bound*|ads|cft|loop correction*|one-loop|two-loop|higher loop*|loop level|nuclear physics|nuclear structure|nuclear force*|nuclear reaction*|nuclear matter|kerr black hole*|kerr spacetime*|kerr metric|nuclear|nucleus|quasinormal mode*|quasi-normal mode*|greybody|page time|firewall paradox|er=epr|holographic complexity|complexity=volume|complexity=action|reflected entropy|modular hamiltonian*|quantum null energy|averaged null energy|null energy condition|energy condition*|traversable wormhole*|dilaton gravity|flat holography|soft theorem*|gravitational memory|extremal black hole*|near-extremal|charged black hole*|reissner-nordstrom|de sitter space*|ads2|ads3|ads4|ads5|leptoquark*|two-higgs|composite higgs|neutrino mass*|neutrino oscillation*|dark matter search*|emergent gravity|holographic code*|nuclear equation of state|shear viscosity'],
    [2, 'gravitational|spacetime*|space-time|gauge|conformal|scattering|cross section*|dark matter|chiral|soliton*|vacuum|path integral*|scalar field*|dirac|spinor*|symmetry breaking|spontaneous symmetry breaking|mass spectrum|supersymmetric|duality|boundary theory|field theory|quantum field|confinement|minkowski|celestial|renormali*|phenomenology|kerr'],
    [1, 'amplitudes|particle*|energy scale|mass|masses|perturbative|non-perturbative|loop*|effective|symmetry|symmetries|entanglement entropy|bootstrap|curvature|black hole shadow*|bispectrum|cosmological perturbation*'],
    [0.5, 'field|fields'],
    // The early universe's theory (inflation and its fields, the perturbations they seed) is field theory as much as
    // cosmology: annotators give such papers both (astro keeps these words too).
    [2, 'inflaton|inflationary|single-field inflation|slow-roll|ultra-slow-roll|primordial non-gaussianit*|preheating|reheating|spectator field*|curvature perturbation*|in-in formalism|cosmological collider*|cosmological bootstrap|cosmological correlator*'],
    [3, 'n=4 sym|super yang-mills|large n limit|t hooft coupling|matrix model*|bps|moduli space*|seiberg-witten|topological string*|m2-brane*|m5-brane*|gauge/gravity|bulk reconstruction|quantum extremal surface*|entanglement island*|island formula|replica wormhole*|black brane*|near-horizon|schwarzian|flat space holography|carrollian|double copy|color-kinematics|loop integral*|feynman integral*|anomalous dimension*|conformal block*|crossing symmetry|higher-spin|wess-zumino|cosmological correlator*|parton*|parton distribution*|atlas experiment|cms experiment|lhcb|belle|b-meson*|b physics|flavour anomal*|flavor anomal*|dark sector|wimp|wimps|sterile neutrino*|neutrinoless double beta|seesaw|leptogenesis|baryogenesis|higgs boson|gauge boson*|vector boson*|qcd sum rule*|chiral perturbation theory|hadron spectroscopy|tetraquark*|pentaquark*|glueball*|parton shower*|quark matter|color superconduct*|dense qcd|jet substructure|event generator*|monte carlo event|hadronization|deep inelastic|drell-yan|standard model effective field theory|smeft|anomalous magnetic moment|muon g-2|lattice gauge|wilson coefficient*|renormalization group equation*|beta function*|asymptotic freedom|deconfinement|chiral condensate|symmetry-resolved|generalized symmetr*|higher-form symmetr*|non-invertible symmetr*|t hooft anomal*|anomaly inflow|holographic dual*|gravitational path integral|euclidean wormhole*|baby universe*|quantum cosmology|wheeler-dewitt|loop quantum gravity|asymptotic safety|causal set*|string compactification*|flux compactification*|heterotic|type iib|type iia|f-theory|orientifold*|string landscape|string field theory|worldsheet|vertex operator*|superconformal|supercharge*|localization in supersymmetric'],
    [1, 'horizon*'],
    [3, 'event horizon*|black hole horizon*|apparent horizon*|cosmological horizon*'],
    [1, 'anomalies|anomaly'],
    [1, 'dual|bulk|string|strings|coupling*|decay*'],
    [1.5, 'boson*|fermion*|lorentzian|relativistic'],
    [2, 'proton*|neutron*|lorentz'],
    // Yukawa couplings of electrons to bosons are condensed-matter models too (strange metals): firm, not decisive.
    [2, 'yukawa'],
    // Lattice field theory at finite density shares the sign problem with quantum Monte Carlo.
    [2, 'sign problem'],
    // Standard two-dimensional and toy quantum field theories.
    // Dark matter as a particle (axions, their haloscopes, direct detection) and cosmic strings are particle physics as
    // much as cosmology: annotators give such papers both (astro keeps these words too).
    [3, 'axion dark matter|haloscope*|direct detection|dark matter detection|sub-gev dark matter|light dark matter'],
    [2, 'cosmic string*'],
    // What sampling lattice field theories runs into (the words machine-learned samplers for them are named after).
    [3, 'topological freezing|topological susceptibilit*'],
    // Collider data and its simulation: machine learning on them is AI for science and particle physics alike.
    [3, 'track reconstruction|particle tracking|charged particle tracking|tracking detector*|trackml|jet tagging|jet tagger*|top tagging|calorimeter|calorimeter shower*|calorimeter simulation*|detector simulation|collider event*|particle-level|detector-level|search for new physics|searches for new physics|new physics searches'],
    // Relics of the early universe (how dark matter and the baryon asymmetry were made): particle physics and
    // cosmology alike (astro keeps these words too).
    [2, 'freeze-in|freeze-out|relic abundance|relic density|misalignment mechanism|kinetic misalignment|axion misalignment|hilltop misalignment'],
    [2, 'continuum limit'],
    [3, 'quantum chromodynamics|lattice quantum chromodynamics'],
    // The swampland's conjectures are claims of string theory, not mathematics (the longer phrase takes the word).
    [3, 'swampland conjecture*|de sitter conjecture*|refined de sitter conjecture*|weak gravity conjecture*|distance conjecture*|trans-planckian censorship conjecture*'],
    [3, 'ising cft|schwinger model|thirring model|gross-neveu*|nambu-jona-lasinio|njl model|o(n) model*|cp(n-1)|cp(n)'],
    // Entanglement computed holographically belongs to high-energy theory.
    [3, 'holographic entanglement*|entanglement entropy in ads|ryu-takayanagi formula|rt surface*|hrt surface*'],
    // Vocabulary of hep-th, hep-ph, gr-qc and nuclear theory.
    [3, 'positivity bound*|dispersive sum rule*|regge|post-minkowskian|love number*|quasinormal|information paradox|information loss paradox|fuzzball*|black hole microstate*|argyres-douglas|class s theor*|scft|scfts|6d scft*|moduli stabili*|kklt|large volume scenario|distance conjecture|weak gravity conjecture|dark dimension|hidden valley|jet quenching|color glass condensate|colour glass condensate|gluon saturation|transverse momentum dependent|generalized parton distribution*|theta vacu*|symtft|symmetry topological field theor*|tqft|tqfts|large charge expansion|defect cft|boundary cft|bcft|end-of-the-world brane*|static patch|cosmological bootstrap|inflationary correlator*|bunch-davies|quantum extremal|baby universe*|matrix quantum mechanics|bfss|ikkt|flat space limit|soft graviton*|soft photon*|black hole chemistry|penrose process|black hole superradiance|superradiant instabilit*|boson star*|cosmic censorship|quantum focusing|anec|massive gravity|bimetric|horava-lifshitz|einstein-gauss-bonnet|gauss-bonnet gravity|teleparallel|spin foam*|group field theory|causal dynamical triangulation*|doubly special relativity|lorentz violation|lorentz invariance violation|w boson mass|lepton flavo*r universality|b anomalies|neutrino mass ordering|coherent elastic neutrino|proton decay|qcd axion|axion-like particle*|long-lived particle*|hadronic vacuum polarization|chiral effective field theory|neutron skin|drip line|effective string theory|center symmetry|higher-form|bosonization duality|conformal manifold|crossing equation*|celestial cft|kerr/cft|supersymmetric index|superconformal index|seiberg duality|kaluza-klein tower|higgs portal|vector-like quark*|skyrme|rotational band*|isospin'],
    [2, 'quantum correction*|epsilon expansion|modular flow|symmetry energy|nuclear density functional*|energy density functional*|relativistic mean field|shell model|eikonal|flux tube*|crossed product|sigma model*'],
    [1, 'monopole*|sum rule*'],
    // Dark energy and the cosmological constant are mostly cosmology; high-energy theory only when other words say so.
    [1, 'cosmological constant'],
    // Dark matter seen only by its gravity (streams, subhaloes, haloes, rotation curves) is astrophysics: the particle is
    // not the subject.
    [-2, 'stellar stream*|tidal stream*|subhalo*|dark matter halo*|dark matter substructure|halo mass function|rotation curve*|flux-ratio anomal*'],
  ],
  condmat: [
    [2, 'many-body localization|many-body localized|eigenstate thermalization|thermalization|non-ergodic|ergodicity breaking|anisotropy'],
    [3, 'photoemission|magnetic susceptibility|critical temperature|transition temperature|filling factor|fractional quantum hall|carrier density|superfluid density|phase stiffness|electron density|magic-angle|quantum geometry|quantum metric|band insulator*|hall conductance|hall conductivity|bkt|berezinskii-kosterlitz-thouless|kosterlitz-thouless|crystalline symmetr*|spin-orbit coupled|supersolid*|fusion rule*|braiding|non-hermitian skin effect'],
    [3, 'superconduct*|strongly correlated|correlated electron*|hubbard|fermi-hubbard|mott|antiferromagnet*|ferromagnet*|spin liquid*|topological insulator*|topological phase*|topological order|quantum hall|anyon*|majorana|semimetal*|fermi surface|fermi liquid|non-fermi liquid|strange metal*|heisenberg model|kitaev|lattice model*|band structure|phonon*|electron-phonon|cuprate*|nickelate*|graphene|moire|twisted bilayer|van der waals|spintronic*|magnon*|skyrmion*|charge density wave*|pseudogap|kondo|heavy fermion*|quantum critical*|hall effect|condensed matter|spin chain*|dmrg|exact diagonali*|magnetism|magnetic order*|magnetic material*|frustrated magnet*|berry phase|berry curvature|chern number*|edge state*|bose-hubbard|t-j model|xxz|spin model*|tight-binding|tight binding|quasiparticle*|excitons|exciton*|polaron*|polariton*|ferroelectric*|multiferroic*|thermoelectric|thin film*|heterostructure*|transition metal|perovskite*|electronic correlation*|many-electron|mean-field hamiltonian|lattice hamiltonian*|fractionaliz*|spinon*|flat band*|flat-band|altermagnet*|quantum magnet*'],
    [2, 'magnetic|spin|spins|electron*|electronic|conductivity|resistivity|doping|doped|superfluid*|metal|metallic|insulator*|insulating|fermion*|topological|magnetization|susceptibility|hamiltonian*|phase diagram*|quantum material*|tensor network*|matrix product state*|density functional theory|dft|glass|ground state*|excitation*'],
    [1.5, 'lattice|lattices|screening|transport'],
    [1, 'many-body|many body|order parameter|interaction*|temperature|low-temperature|correlation*|mean-field|mean field|material|materials|crystal*'],
    [3, 'iron-based|pnictide*|kagome|pyrochlore|honeycomb lattice|triangular lattice|square lattice|frustrat*|spin-orbit coupling|rashba|dzyaloshinskii|anomalous hall|quantum anomalous hall|chern insulator*|fractional chern|quantum spin hall|topological superconduct*|nodal line*|dirac cone*|weyl|fermi arc*|landau level*|bilayer graphene|transition metal dichalcogenide*|tmd|tmds|heterobilayer*|moire superlattice*|wigner crystal*|electron hydrodynamic*|quantum oscillation*|arpes|neutron scattering|muon spin rotation|scanning tunneling|optical conductivity|specific heat|nematic*|stripe order|spin density wave*|orbital order*|valence bond|resonating valence bond|holon*|emergent gauge field*|parton construction|slave boson*|slave particle*|quantum monte carlo|peps|ipeps|gutzwiller|hartree-fock|random phase approximation|eliashberg|bcs|cooper pair*|d-wave|s-wave|p-wave|unconventional superconduct*|high-tc|josephson|vortex lattice|flux quantum|ginzburg-landau|spin wave*|antiferromagnetic|paramagnet*|spin ice|xy model|transverse-field ising|luttinger liquid*|bosonization|edge mode*|bulk-boundary correspondence|symmetry-protected topological|spt phase*|toric code|string-net*|non-abelian anyon*|majorana zero mode*|kitaev chain|kitaev model|haldane|su-schrieffer-heeger|ssh model|quantum spin*|spin-1/2|spin-1|heisenberg antiferromagnet*|j1-j2|hubbard-holstein|holstein|electron-electron interaction*|coulomb interaction*|band topology|higher-order topological|topological semimetal*|thermal hall|spin current*|spin hall|magnetoresistance|domain wall*|ferroelectric|piezoelectric|phase-change|charge transfer|mott transition|metal-insulator transition|anderson localization|many-body localized|disordered electron*|quantum dot*|mesoscopic|two-dimensional electron gas|2deg|electron gas|fermi gas'],
    [1, 'band|bands|disorder*|localization|orbital*'],
    [0.5, 'gap'],
    [2, 'energy gap|band gap|spectral gap|superconducting gap|gapped|gapless'],
    [2, 'dielectric'],
    [2, 'sign problem'],
    [2, 'solid-state|solid state'],
    // Vocabulary of condensed-matter experiment and many-body theory.
    [3, 'van hove|lifshitz transition|charge order*|loop current*|fflo|pair density wave*|planckian|rucl3|valley polari*|valleytronic*|hofstadter|tomonaga-luttinger|anderson impurit*|gw approximation|bethe-salpeter|symmetry indicator*|2d magnet*|two-dimensional magnet*|de haas-van alphen|shubnikov-de haas|scanning tunneling microscop*|rixs|resonant inelastic x-ray|knight shift|floquet engineering|keldysh|quantum point contact*|coulomb blockade|andreev|hall viscosity|spin seebeck|spin-orbit torque*|magnonic*|orbital hall|chiral phonon*|sliding ferroelectric*|light-induced superconductiv*|electron glass*|band inversion|rhombohedral graphene|multilayer graphene|ferromagnetic resonance|quantum transport|mott insulator*|nonequilibrium green*|dynamical cluster approximation|cluster dmft'],
    [2, 'dynamical mean-field theory|dmft|stm|nmr|pump-probe|ultrafast|landau theory|liquid crystal*|xy model|bkt|kosterlitz-thouless|charge transport'],
    // Nuclear physics shares many-body words (pairing, spin-orbit, density functionals) with condensed matter.
    [-1.5, 'nuclei|nucleus|nucleon*|nuclear'],
    [2, 'nuclear magnetic resonance'],
  ],
  quantum: [
    [3, 'quantum processor*|logical error rate*|state preparation|gate set|quantum resource*|quantum protocol*|quantum sensor*|quantum advantage|squeezing|squeezed state*|squeezed light|kerr nonlinearit*|kerr cat*|nuclear spin*|lindbladian*|dissipative phase transition*|quantum jump*|non-hermitian skin effect|rydberg atom*|quantum gas microscop*|polar molecule*|dipolar gas*|dipolar quantum gas*|optical clock*|atomic clock*|entanglement negativity|spread complexity|quantum error-correcting code*|generalized gibbs ensemble|supersolid*'],
    [3, 'quantum computing|quantum computer*|quantum computation|quantum algorithm*|qubit*|quantum circuit*|quantum error correction|error-correcting code*|fault-tolerant|fault tolerant|quantum information|entanglement|entangled|quantum many-body|many-body localization|mbl|thermalization|thermalisation|eigenstate thermalization|cold atom*|ultracold|optical lattice*|trapped ion*|trapped-ion|rydberg|quantum simulation*|quantum simulator*|variational quantum|vqe|qaoa|quantum machine learning|quantum annealing|quantum advantage|quantum supremacy|decoherence|open quantum system*|lindblad*|quantum channel*|quantum state*|quantum dynamics|quantum chaos|scrambling|out-of-time-order*|otoc*|quantum walk*|quantum sensing|quantum metrology|quantum optic*|cavity qed|quantum gate*|quantum hardware|quantum noise|quantum measurement*|bell inequalit*|nonlocality|teleportation|quantum key distribution|quantum communication|neural quantum state*|quantum many body|floquet|quench*|unitary dynamics|quantum thermodynamics|quantum system*|quantum spin*|bose-einstein condensate*|quantum phase*|quantum tomography|quantum mechanic*|schrodinger equation|density matri*|entanglement entropy|random unitar*|random circuit*|quantum error mitigation|quantum'],
    [2, 'unitary|hamiltonian*|eigenstate*|many-body|many body|spectral statistics|level statistics|superposition|trotter*|tensor network*|matrix product state*|spin chain*|bosons|fermions|atoms|exact diagonali*|random matrix|random matrices|dissipative'],
    [1, 'spin|spins|operator*|eigenvalue*|state|states|symmetry sector*|thermal|chain'],
    [3, 'logical qubit*|surface code*|stabilizer*|qldpc|quantum ldpc|magic state*|clifford|boson sampling|random circuit sampling|nisq|variational quantum eigensolver|quantum approximate optimization|quantum kernel*|quantum neural network*|parameterized quantum circuit*|parametrized quantum circuit*|barren plateau*|gate fidelit*|superconducting qubit*|transmon*|ion trap*|neutral atom*|optical tweezer*|tweezer array*|nitrogen-vacancy|nv center*|spin qubit*|photonic quantum|linear optical|entangled photon*|qkd|quantum repeater*|quantum network*|quantum memor*|quantum internet|bell state*|ghz state*|cluster state*|measurement-based|quantum speedup|grover|shor|phase estimation|hamiltonian simulation|quantum signal processing|block encoding|adiabatic quantum|quantum annealer*|many-body scar*|quantum scar*|hilbert space fragmentation|many-body locali*|prethermal*|time crystal*|monitored circuit*|measurement-induced|entanglement transition*|operator growth|operator spreading|krylov complexity|krylov|lieb-robinson|level spacing*|quantum speed limit*|quantum batter*|quantum heat engine*|quantum trajector*|weak measurement*|quantum zeno|dephasing|quantum fisher information|heisenberg limit|atom interferomet*|optomechanic*|circuit qed|degenerate fermi gas|feshbach|unitary fermi gas|synthetic dimension*|synthetic gauge field*|spin squeezing|quantum state tomography|shadow tomography|classical shadow*|quantum learning|quantum data|quantum complexity|bqp|entanglement spectrum|area law|volume law|mutual information|quantum correlations|nonclassical|contextuality|quantum foundations|wave function collapse|measurement problem|decoherence-free|error mitigation|noisy intermediate-scale|qudit*|continuous-variable|bosonic code*|cat qubit*|gkp'],
    [2, 'tomography'],
    // Non-Hermitian physics and exceptional points are as much classical (photonics, nonreciprocal statistical models).
    [2, 'non-hermitian|exceptional point*|pt-symmetric'],
    [0.5, 'driven'],
    [1, 'coherent|coherence|measurement|measurements|fidelity'],
    [2, 'photon*|photonic|integrable|integrability|hilbert space*|purification'],
    // Superconducting qubits and processors are quantum hardware, not superconductivity.
    [3, 'superconducting quantum*|superconducting processor*|superconducting circuit*|superconducting device*|superconducting hardware|superconducting transmon*'],
    // The abbreviation "BEC" also names the strong-pairing regime of superconductors and Fermi gases: firm, not decisive.
    [2, 'gross-pitaevskii|bec'],
    // Vocabulary of quantum information and hardware.
    [3, 'color code*|ldpc code*|bivariate bicycle|minimum-weight perfect matching|lattice surgery|fault tolerance|hhl|fluxonium|device-independent|resource theor*|heisenberg scaling|qma|mera|spectral form factor|randomized benchmarking|zero-noise extrapolation|probabilistic error cancellation|error mitigation|logical error*|code distance|stabilizer code*|quantum code*'],
    [2, 'non-markovian|quantum decoder*|syndrome extraction|syndrome measurement*|error syndrome*|mps'],
  ],
  statmech: [
    [3, 'current fluctuation*|nonequilibrium steady state|dynamical phase transition*|ising model|brownian motion|generalized hydrodynamics|fluctuating hydrodynamics|hydrodynamic limit|transport coefficient*|generalized gibbs ensemble|dissipative phase transition*'],
    [3, 'statistical mechanics|statistical physics|entropy production|stochastic thermodynamics|fluctuation theorem*|fluctuation-dissipation|jarzynski|landauer|maxwell\'s demon|maxwell demon|information thermodynamics|spin glass*|spin-glass*|replica method|replica symmetr*|replica trick|cavity method|critical phenomena|universality class*|ising|potts|percolation|random energy model|glassy|jamming|detailed balance|fokker-planck|brownian|kinetic theory|partition function*|heat engine*|active matter|self-propelled|complex system*|large deviation*|renormalization group|renormalisation group|metastab*|disordered system*|kardar-parisi-zhang|kpz|anomalous diffusion|first passage|first-passage|kuramoto|boltzmann distribution|gibbs measure*|gibbs distribution*|free energy landscape|entropy production rate|second law|heat bath|thermal equilibrium|equilibration|ergodicity breaking|coarsening|master equation*|exclusion process|asep|tasep|nonequilibrium steady state*|crooks|irreversibility|time-reversal|arrow of time|thermal bath*|boltzmann distribution|canonical ensemble|microcanonical|grand canonical|hopfield model|edwards-anderson|sherrington-kirkpatrick|sk model|p-spin'],
    [2, 'thermodynamic*|phase transition*|criticality|critical exponent*|critical point*|non-equilibrium|nonequilibrium|out-of-equilibrium|out of equilibrium|equilibrium|fluctuation*|free energy|mean-field theory|mean field theory|disorder*|dissipation|self-organi*|order parameter*|phase diagram*|correlation function*|entropy|entropies|glass*|spin system*'],
    [1, 'langevin|emergent|emergence|stochastic|diffusion|statistical|thermal|heat|scaling|mean-field|mean field|random|work|information theory|mutual information|complexity|noise|many-body|many body|interacting|boltzmann'],
    [3, 'kinetically constrained|glass transition|supercooled|mode-coupling|dynamical heterogeneit*|replica symmetry breaking|parisi|random constraint satisfaction|satisfiability threshold|random field ising|quenched disorder|energy landscape*|nucleation|kibble-zurek|critical slowing down|finite-size scaling|metropolis algorithm|cluster algorithm*|transfer matrix|exactly solvable|zero-range process|interface growth|directed polymer*|levy flight*|levy walk*|subdiffusi*|superdiffusi*|fractional brownian|stochastic resetting|active brownian|motility-induced phase separation|flocking|vicsek|collective motion|run-and-tumble|molecular motor*|information engine*|szilard|landauer principle|thermodynamic uncertainty relation*|fluctuation relation*|thermodynamic speed limit*|linear response|onsager|green-kubo|kinetic equation*|boltzmann equation|vlasov|granular|soft matter|colloid*|complex network*|scale-free network*|small-world|epidemic*|sir model|contagion|opinion dynamics|voter model|econophysics|self-organized criticality|sandpile*|avalanche*|maximum entropy principle|maximum-entropy|edge of chaos|spin glasses|spin-glass|mean-field spin|random energy|p-spin|ergodicity|non-ergodic|aging dynamics|heat conduction|heat transport|thermal conductivity|entropy production|irreversible|dissipative structure*|pattern formation|turing pattern*|reaction-diffusion|nonequilibrium phase transition*|absorbing state*|directed percolation|scaling function*'],
    [1.5, 'temperature'],
    [0.5, 'critical'],
    // Measurement-induced transitions are phase transitions of monitored quantum dynamics (quantum keeps these words).
    [2, 'measurement-induced|entanglement transition*|monitored circuit*|monitored quantum circuit*|monitored quantum system*'],
    // Quantum batteries and engines are quantum thermodynamics: work, charging power, cycles (quantum keeps these words).
    [2, 'quantum batter*|charging power|ergotropy|extractable work|work extraction|quantum otto|otto cycle*|otto engine*'],
    [1, 'universality|collective|relaxation'],
    [0.5, 'ensemble*'],
    [3, 'statistical ensemble*|gibbs ensemble*|ensemble average*|ensemble theory'],
    [2, 'steady state*|random walk*|markov process*|stochastic process*'],
    [2, 'agent-based model*|agent-based simulation*'],
    [2, 'cellular automat*'],
    // Vocabulary of statistical physics, soft and active matter.
    [3, 'odd elasticity|odd viscosity|condensation transition|markov jump process*|wang-landau|six-vertex|vertex model*|dimer model*|exactly solvable model*|coupled oscillator*|chimera state*|phase coexistence|spinodal*|o(n) model*|evolutionary game*|replicator dynamics|kpz equation|percolation theory'],
    [2, 'speed limit*|swarming|chemotaxis|rare event*|xy model|bkt|kosterlitz-thouless|solvable model*|population dynamics|ecological model*|evolutionary dynamics|non-reciprocal|nonreciprocal|polymer physics|polymer chain*|liquid crystal*|biophysic*|landau theory|epsilon expansion|conformal invariance'],
    [1, 'synchronization|synchronisation'],
  ],
  astro: [
    [3, 'dark energy equation of state|dynamical dark energy|cosmological parameter*|cmb lensing|supernovae|standard candle*|x-ray observation*|hydrodynamic simulation*|sky survey*|radio telescope*|orbital period*|ringdown|black hole shadow*|photon ring*|galaxy formation|circumgalactic|bispectrum|non-gaussianit*|cosmological perturbation*|ultra-slow-roll|spectator field*|in-in formalism|gravitational-wave detector*|gravitational wave detector*|neutron-star merger*|nuclear equation of state|dense matter equation of state|quasinormal mode*|dark matter search*'],
    [3, 'cosmolog*|galaxy|galaxies|galactic|dark energy|cosmic microwave background|cmb|inflation*|inflaton|gravitational wave*|gravitational-wave*|ligo|virgo|pulsar*|supernova*|exoplanet*|planetary|telescope*|redshift*|hubble|cosmic ray*|universe|big bang|primordial|astrophysic*|accretion|quasar*|interstellar|stellar|star formation|gravitational lensing|weak lensing|strong lensing|large-scale structure|sky survey|baryon acoustic|dark matter halo*|black hole merger*|binary black hole*|binary neutron star*|magnetar*|white dwarf*|neutron star*|cosmic|astronom*|observatory|jwst|euclid|desi|lsst|sdss|kilonova*|gamma-ray burst*|fast radio burst*|n-body simulation*|reionization|recombination era|21-cm|21 cm'],
    [2, 'cosmological constant|equation of state|star|stars|dark matter|hubble tension|friedmann|flrw|de sitter|early universe|planck|sky|planet*|luminosity|orbit|orbits|orbital motion'],
    [1, 'gravitational|black hole*|halo|radiation|scalar field*|kerr black hole*'],
    [3, 'galaxy cluster*|intracluster|agn|active galactic nucle*|supermassive black hole*|event horizon telescope|tidal disruption|x-ray binar*|gamma-ray*|fermi-lat|icecube|ultra-high-energy|subhalo*|rotation curve*|dwarf galax*|milky way|stellar population*|initial mass function|star-forming|interstellar medium|molecular cloud*|protoplanetary|planet formation|transiting|transit photometry|radial velocit*|habitable|asteroseismolog*|helioseismolog*|solar wind|sunspot*|magnetohydrodynamic*|mhd|cmb anisotrop*|b-mode*|baryon acoustic oscillation*|bao|s8 tension|hubble constant|standard siren*|type ia|modified gravity|f(r) gravity|scalar-tensor|horndeski|quintessence|dark energy survey|planck satellite|simons observatory|cmb-s4|lisa|pulsar timing arra*|nanograv|gravitational wave background|inspiral*|binary merger*|compact binar*|numerical relativity|post-newtonian|extreme mass ratio|emri*|grb|grbs|frb|frbs|neutron star merger*|tov|epoch of reionization|first stars|high-redshift|lyman-alpha|intergalactic medium|hydrodynamical simulation*|cosmological simulation*|semi-analytic|halo mass function|cosmic shear|primordial non-gaussianit*|primordial black hole*|slow-roll|reheating|curvaton|cosmic string*|axion dark matter|fuzzy dark matter|self-interacting dark matter|dark matter detection|direct detection|indirect detection|nucleosynthesis|bbn|haloscope*|sub-gev dark matter|light dark matter|cosmic dawn|power spectrum of|matter power spectrum|sky map*|radio astronomy|radio interferomet*|alma|vera rubin|gaia|kepler mission|tess|spectroscopic survey|photometric redshift*|light curve*|variable star*|binary star*|red giant*|main sequence|stellar evolution|stellar wind*|planetary nebula*|globular cluster*|open cluster*|dark matter substructure|lensing'],
    [2, 'halo*|sun|solar'],
    [0.5, 'survey'],
    [3, 'galaxy survey*|redshift survey*|cosmic expansion|expansion of the universe|expansion history'],
    [1, 'spectra|x-ray|observations|observational'],
    [0.5, 'expansion'],
    // Vocabulary of observational astronomy and cosmology.
    [3, 'tensor-to-scalar|intrinsic alignment*|agn feedback|stellar feedback|supernova feedback|quiescent galax*|quenched galax*|sunyaev-zeldovich|sunyaev-zel dovich|sz effect|relativistic jet*|black hole imaging|space weather|coronal mass ejection*|solar flare*|interstellar dust|cosmic dust|dust grain*|square kilometre array|spectroscopic survey*|astrophysical transient*|optical transient*|time-domain astronomy|host galax*|stellar mass*|halo mass*|mass function*|luminosity function*'],
    [2, 'baryogenesis|leptogenesis'],
    [2, 'freeze-in|freeze-out|relic abundance|relic density|misalignment mechanism|kinetic misalignment|axion misalignment|hilltop misalignment'],
    [1, 'transient*'],
  ],
  math: [
    [3, 'central limit theorem|branching process*|random graph*|corollary|bijection*|poset*|lattice path*|asymptotic formula*|homology|homological|rigorous proof*|rigorously prove|hypergeometric|orthogonal polynomial*|special function*|limit theorem*|weak solution*|a priori estimate*|tracy-widom|determinantal|lemma'],
    [3, 'category theory|functor*|monoidal|topos|number theory|combinatoric*|cohomolog*|riemannian geometry|differential geometry|algebraic geometry|operator algebra*|functional analysis|banach|sobolev|measure theory|probability theory|stochastic calculus|martingale*|ergodic theory|graph theory|modular form*|elliptic curve*|prime number*|group theory|representation theory|lie algebra*|sheaf|sheaves|conjecture*|homotopy|spectral theory|operator theory|well-posedness|existence and uniqueness|topological space*|fusion categor*|tensor categor*|hopf|quiver*|galois|groupoid*|finite group*|mathematical physics|pure mathematics'],
    [2, 'mathematics|algebra|algebras|algebraic|isomorphism*|fractal*|asymptotic expansion*|knot*|homogenization|symplectic|categorical|we prove that|explicit formula*|random matrices|random matrix|asymptotic analysis|asymptotics|brownian motion'],
    [1, 'inequality|inequalities|closed-form|analytical|analytically|characterization|characterisation|topology|manifold*|partial differential equation*|geometry|analytic|formula|modular|mixing|tropical|ergodic|we establish|proposition'],
    [3, 'random matrix theory|free probability|large deviation principle|stochastic pde*|spde*|rough path*|malliavin|optimal transport theory|monge-ampere|calculus of variations|variational problem*|gamma-convergence|dynamical systems theory|spectral gap|operator norm|c*-algebra*|von neumann algebra*|subfactor*|vertex operator algebra*|modular tensor categor*|higher categor*|infinity-categor*|derived categor*|motivic|langlands|automorphic|zeta function*|l-function*|riemann hypothesis|diophantine|partition identit*|q-series|enumerative|graph colou*ring|extremal combinatorics|ramsey|additive combinatorics|convex geometry|polytope*|integrable system*|painleve|solvable lattice model*|yang-baxter|bethe ansatz|quantum group*|hopf algebra*|cluster algebra*|toric|moduli|mirror symmetry|gromov-witten|donaldson-thomas|knot invariant*|3-manifold*|4-manifold*|floer|symplectic geometry|contact geometry|minimal surface*|ricci flow|mean curvature flow|einstein metric*|kähler|kahler|hyperkahler|spin geometry|index theorem|k-theory|noncommutative geometry'],
    [1, 'we prove|proof|proofs|rigorous|rigorously|mathematical'],
    [1, 'arithmetic|polynomial*|integer*|abelian|non-abelian'],
    [1.5, 'theorem'],
    // Nonlinear Schrödinger and wave equations are PDE analysis, not quantum physics.
    [2, 'nonlinear schrodinger equation*|nonlinear schrodinger|nls equation*|dispersive equation*|dispersive pde*|wave equation*|korteweg-de vries|kdv'],
    // Scaling limits of interacting particle systems and walks in random environments are probability theory.
    [3, 'hydrodynamic limit*|random environment*|random media|random medium|stochastic heat equation|stochastic heat flow|local limit theorem*'],
    // Vocabulary of pure and applied mathematics, analysis and probability.
    [3, 'schur function*|symmetric function*|macdonald polynomial*|fukaya|stability condition*|bridgeland|braid group*|mapping class group*|integrable probabilit*|kpz equation|regularity structure*|schramm-loewner|conformal loop ensemble*|gaussian free field|liouville quantum gravity|random walks on groups|kam theory|riemann-hilbert|integer partition*|combinatorial identit*|schrodinger operator*|semiclassical analysis|microlocal|harmonic analysis|global existence|regularity theory|elliptic pde*|parabolic pde*|hyperbolic pde*|free boundary problem*|navier-stokes regularity'],
    // Random matrix theory as mathematicians write it (physicists' random matrices are quantum chaos words).
    [3, 'local law*|circular law|semicircle law|ginibre|wigner matri*|edge universality|bulk universality|hermitization'],
    [2, 'moduli space*|dirac operator*|heat kernel*|scattering theory|hamiltonian system*|kam|well-posed|well-posedness|blow-up|euler equation*|ricci curvature|scalar curvature|sectional curvature|calabi-yau|crossed product'],
  ],
};

/**
 * Phrases that carry no topic but consume their words, so a word is not read out of context. "X-inspired" names where a
 * method comes from ("brain-inspired", "physics-inspired"), not what the paper is about; "harness the" is the verb, not an
 * agent harness; "a survey of" is a literature review, not a sky survey; Byzantine fault tolerance is distributed
 * systems, not quantum error correction; the Muon optimizer is not a particle.
 */
export const BLOCKERS =
  'dataset-level|dataset level|benchmark-level|a survey of|a survey on|survey of|survey on|comprehensive survey|this survey|we survey|literature survey|systematic survey|byzantine fault*|muon optimizer|theory of mind|harness the|harnesses the|to harness|cross entropy|cross-entropy|cross-entropy loss|temperature scaling|sampling temperature|field of view|receptive field|holographic display*|digital holograph*|computer-generated holograph*|quantum-inspired|quantum inspired|brain-inspired|brain inspired|neuro-inspired|neuroscience-inspired|biologically inspired|biologically-inspired|biology-inspired|bio-inspired|bioinspired|nature-inspired|physics-inspired|physically inspired|physically-inspired|chemistry-inspired|evolution-inspired|cortex-inspired|immune-inspired|canonical quantization|geometric quantization|deformation quantization|second quantization|quantized conductance|quantized vortex|quantized vortices|vector quantized|star rating|attention head*|policy maker*|public policy|energy consumption|energy efficiency|energy-efficient|carbon footprint|market|financial|economic*|black box|black-box|graph of thought*|knowledge graph*|computational graph*|language of|common sense|state of the art|state-of-the-art|free energy principle|gradient boosting|mean squared error|mean absolute error|random forest*|random seed*|at random|random search|in practice|real world|real-world|first time|time step|time steps|long time|same time|run time|language barrier|natural image*|field experiment*|field study|field test*|shell script*|particle accelerator*|accelerator physics|metric learning|evaluation metric*|metric space*|propagation of chaos|anomaly detection|anomalous behavio*|anomaly score*|magnetic resonance|computed tomography|ct scan*|entropy regularization|entropy bonus|policy entropy|entropy minimization|entropy coding|solar cell*|solar energy|photovoltaic*|uncertainty principle|empirical risk|risk minimization|excess risk|population risk|bayes risk|driven by|data-driven|solar mass|solar masses|brain tumor*|brain tumour*';

/**
 * Helper cues that are never shown as topics. `_ml`: the paper uses machine learning at all. Phrases listed here
 * also keep their meaning for the real topics (a phrase can count for several topics).
 */
export const AUX_LEXICON: Record<string, WeightedPhrases> = {
  _domain: SCIENCE_DOMAINS,
  _ml: [
    [2, 'neural network*|neural net|neural nets|deep learning|machine learning|machine-learning|machine-learned|machine learned|deep neural|graph neural network*|neural network potential*|machine learning potential*|machine-learned potential*|diffusion model*|generative model*|neural operator*|fourier neural operator|physics-informed neural network*|pinn|pinns|gnn|gnns|reinforcement learning|data-driven|foundation model*|pretrained|pre-trained|pretraining|pre-training|fine-tuning|finetuning|autoencoder*|variational autoencoder|transformer|transformers|large language model|language model|llm|llms|convolutional neural network|cnn|cnns|self-supervised|supervised learning|unsupervised learning|representation learning|learning-based|learned|learning|training|trained|neural|equivariant|message passing|normalizing flow*|flow matching|score-based|active learning|surrogate model*|emulator*|kernel ridge|gaussian process*|random forest*|gradient boosting|classifier|classifiers|regression|meta learning|meta-learning|in-context learning|contrastive|embedding*|attention mechanism|inference time|mamba|state space model*|recurrent neural network*|rnn|rnns|lstm|neural ode*|neural sde*|perceptron|hopfield|boltzmann machine*|neural quantum state*|ai|artificial intelligence|ai-driven|ai-powered|agentic|gpt*|chatgpt|generative ai|vision-language|multimodal model*|ai system*|ai model*|frontier model*|diffusion transformer*|latent diffusion|denoising diffusion|video diffusion|text-to-image|text-to-video|image-to-video|text-to-3d|text-to-audio|text-to-speech|vae|vaes|gan|gans|generative adversarial|classifier-free guidance|rectified flow|coding agent*|llm-based|training time|multimodal|multi-modal'],
    // Words only machine-learning papers use.
    [2, 'flow-based sampler*|flow-based sampling|flow-based generative model*|flow-based model*|stochastic normalizing flow*'],
    [2, 'label noise|noisy labels|overfitting|test error|test accuracy|test loss|training loss|training set|training data|training examples|weight decay|dropout|batch normalization|layer normalization|backpropagation|stochastic gradient descent|sgd|adam optimizer|sharpness-aware|generalization error|generalization gap|learning rate*|hidden layer*|hidden units|activation function*|relu|softmax|attention head*|deep network*|mlp|mlps|multilayer perceptron*|neural tangent kernel|overparameteri*|fine-tuned|benchmark dataset*|imagenet|cifar*|mnist'],
    [2, 'we train|train a|train an|trained on|trained to|training on|neural posterior*|neural density estimat*|neural ratio estimat*|neural likelihood*|density estimator*|neural emulator*|neural surrogate*|learned model*|learned representation*|latent space|latent representation*'],
    // Names only language-model papers use (model families, reasoning models, their caches and training stages).
    [2, 'reasoning model*|qwen*|llama*|deepseek*|mistral|gemma*|vision-language model*|vlm|vlms|mllm|mllms|kv cache|kv-cache|chain-of-thought|chain of thought|test-time scaling|supervised fine-tuning|post-training|rlhf|grpo'],
  ],
};

/** Topics that only make sense for papers about learning: scaled down when no ML cue is present. A strict gate
 * also takes away the topic's title and decisive-phrase privileges. */
export const GATES: Record<string, Array<{ cue: string[]; min: number; factor: number; strict?: boolean; blend?: number; named?: number; spread?: number }>> = {
  // AI for science needs both: machine learning, and a natural science (its own domain words or a physics topic;
  // not statistical physics, whose meeting with ML is usually learning theory). `named`: a title that names ML (any
  // firm ML cue) and a physics field (a decisive phrase) names AI for science ("Neural networks find galaxy mergers in
  // cosmological simulations"). `spread`: the science must be in the title or in two places of the text; sciences listed
  // in one sentence as test cases ("on molecules, fluids and climate data") are not the paper's subject.
  science: [
    { cue: ['_ml'], min: 2, factor: 0.3, strict: true, blend: 1, named: 2 },
    { cue: ['_domain', 'hep', 'condmat', 'quantum', 'astro'], min: 5, factor: 0.3, strict: true, spread: 2 },
    // Never closes (min 0); it only blends: ML applied to physics data is AI for science at least as strongly as the
    // weaker of its ML and physics evidence.
    { cue: ['hep', 'condmat', 'quantum', 'astro'], min: 0, factor: 1, blend: 1, named: 3 },
  ],
  // Physicists' papers on learning (statistical mechanics + a network) are learning theory too.
  theory: [{ cue: ['_ml'], min: 2, factor: 0.3, strict: true, blend: 1 }, { cue: ['statmech'], min: 0, factor: 1, blend: 1 }],
  geometric: [{ cue: ['_ml'], min: 2, factor: 0.4, strict: true }],
  // Words of these fields also occur in physics papers ("diffusion", "chaos", "Lyapunov", "probing", "efficient",
  // "safety factor"): without an ML cue they are much weaker and a title word alone does not decide.
  generative: [{ cue: ['_ml'], min: 2, factor: 0.3, strict: true }],
  efficiency: [{ cue: ['_ml'], min: 2, factor: 0.3, strict: true }],
  timeseries: [{ cue: ['_ml'], min: 2, factor: 0.3, strict: true }],
  interpretability: [{ cue: ['_ml'], min: 2, factor: 0.4, strict: true }],
  safety: [{ cue: ['_ml'], min: 2, factor: 0.3, strict: true }],
  agents: [{ cue: ['_ml'], min: 2, factor: 0.4, strict: true }],
};

/** Topics of one family share vocabulary, so a second one from the same family needs more evidence (FAMILY_RATIO). */
export const FAMILIES: Record<string, string> = { hep: 'physics', condmat: 'physics', quantum: 'physics', statmech: 'physics', astro: 'physics' };

/**
 * Facets: what kind of contribution a paper makes (faster, a dataset, safer), on top of its subject. A facet is shown
 * once its own firm evidence reaches this level, however strongly the paper's subject scored.
 */
export const FACETS: Record<string, number> = { efficiency: 12, data: 12, safety: 12 };

/**
 * Topic -> broader topics it is a part of. A vision-language model contains a language model, so its papers use LLM words
 * (tokens, reasoning, "multimodal LLMs") without being about language models: next to a broader topic that scores higher,
 * or when the title does not name the part, the part is not shown; and a broader topic next to its leading part needs a
 * smaller share of its score (WHOLE_SHARE).
 */
export const PART_OF: Record<string, string[]> = { llm: ['multimodal'] };
